package com.acme.support;

public class Base { protected void handle(dev.hookwire.auth.Login login) {} }
