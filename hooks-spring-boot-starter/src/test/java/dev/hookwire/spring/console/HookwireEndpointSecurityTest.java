package dev.hookwire.spring.console;

import static dev.hookwire.spring.console.HookwireConsoleTest.GATE;
import static dev.hookwire.spring.console.HookwireConsoleTest.GATE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.spring.console.shop.hooks.AfterOrderPlace;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /actuator/hookwire} in a service with Spring Security, over real HTTP: a write needs
 * {@code hookwire.console.role}, and the history names the signed-in user, whatever the body's
 * {@code by} says. (Without Spring Security, {@code SignUpApplicationTest} shows the body's {@code
 * by} is taken.)
 */
@ConsoleServiceTest
class HookwireEndpointSecurityTest {
  private static final String DEPLOY = "{\"action\": \"deploy\", \"event\": \"before-order-place\","
      + " \"hook\": \"" + GATE + "\", \"version\": \"2\", \"by\": \"mallory\", \"why\": \"bulk\"}";

  @LocalServerPort
  int port;

  @Autowired
  HookRuntime runtime;

  @AfterEach
  void backToVersion1() {
    HookwireConsoleTest.backToVersion1(runtime);
  }

  @Test
  void anAdministratorsWriteIsMadeByThePrincipalNotByTheBody() throws Exception {
    Session ada = new Session(port);
    ada.signIn(ConsoleApplication.ADMIN, ConsoleApplication.PASSWORD);

    HttpResponse<String> deployed = ada.postWithoutCsrf("/actuator/hookwire", DEPLOY);

    assertThat(deployed.statusCode()).isEqualTo(200);
    assertThat(runtime.liveVersions()).containsEntry(GATE_KEY, "2");
    assertThat(runtime.history().get(runtime.history().size() - 1).by()).isEqualTo("ada");
    assertThat(deployed.body()).contains("\"by\":\"ada\"").doesNotContain("mallory");
  }

  @Test
  void aSwitchIsInTheHistoryWithThePrincipalAndTheReason() throws Exception {
    Session ada = new Session(port);
    ada.signIn(ConsoleApplication.ADMIN, ConsoleApplication.PASSWORD);
    String after = HookwireConsoleTest.AFTER;

    HttpResponse<String> off = ada.postWithoutCsrf(
        "/actuator/hookwire",
        "{\"action\": \"switch-off\", \"event\": \"after-order-place\", \"hook\": \"" + after
            + "\", \"by\": \"mallory\", \"why\": \"mail outage\"}");
    try {
      assertThat(off.statusCode()).isEqualTo(200);
      // The history names the action as the request does.
      assertThat(off.body()).contains("\"action\":\"switch-off\"");
      HookChange last = runtime.history().get(runtime.history().size() - 1);
      assertThat(last.action()).isEqualTo(HookChange.Action.SWITCH_OFF);
      assertThat(last.hook()).isEqualTo(after);
      assertThat(last.by()).isEqualTo("ada");
      assertThat(last.why()).isEqualTo("mail outage");
    } finally {
      runtime.switchOn("after-order-place", AfterOrderPlace.class);
    }
  }

  @Test
  void aUserWithoutTheRoleGets403AndNothingChanges() throws Exception {
    Session bob = new Session(port);
    bob.signIn(ConsoleApplication.USER, ConsoleApplication.PASSWORD);
    int changes = runtime.history().size();

    HttpResponse<String> refused = bob.postWithoutCsrf("/actuator/hookwire", DEPLOY);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Changing hooks needs the role ADMIN.");
    assertThat(runtime.liveVersions()).containsEntry(GATE_KEY, "1");
    assertThat(runtime.history()).hasSize(changes);
    // Reading stays open to whoever the application lets read it.
    assertThat(bob.get("/actuator/hookwire").statusCode()).isEqualTo(200);
  }
}
