package com.acme.hooks;

import dev.hookwire.auth.Login;
import java.io.IOException;
import javax.sql.DataSource;

public final class AfterLogin {
  public AfterLogin(DataSource ds) throws IOException {} // error: The constructor of hook class AfterLogin declares IOException, a checked exception
  public void handle(Login l) {}
}
