package dev.hookwire.demospring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.demospring.DemoSpring.Step;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scripted session the demo command runs, over real HTTP against the demo server and the
 * upstream OIDC server: per request, exactly the hooks that ran, in order, and what they did.
 */
class DemoSpringTest {
  private static List<Step> steps;
  private static String printed;

  @BeforeAll
  static void runTheDemo() throws InterruptedException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      steps = DemoSpring.run(
          out,
          "--spring.datasource.url=jdbc:h2:mem:demo-spring-test;DB_CLOSE_DELAY=-1",
          "--demo.backfill-delay-ms=20");
    }
    printed = buffer.toString(StandardCharsets.UTF_8);
  }

  private static Step step(int number) {
    return steps.get(number - 1);
  }

  @Test
  void aFormSignUpStoresTheEmailInLowerCaseAndProvisionsAWorkspace() {
    assertThat(step(1).status()).isEqualTo(201);
    assertThat(step(1).answer()).isEqualTo("{\"status\":\"created\"}");
    assertThat(step(1).hooks())
        .containsExactly(
            "before-user-create BeforeUserCreate: stored the email as ada@example.com",
            "after-user-create AfterUserCreate: provisioned workspace org-ada-example-com");
  }

  @Test
  void aDisposableDomainIsRejectedWithTheHooksMessage() {
    assertThat(step(2).status()).isEqualTo(400);
    assertThat(step(2).answer()).contains("Disposable email addresses are not allowed.");
    assertThat(step(2).events()).containsExactly("before-user-create");
  }

  @Test
  void theAdminPathQueuesAWelcomeAndTheAdminsLoginBackfillsItsWorkspace() {
    assertThat(step(3).status()).isEqualTo(201);
    assertThat(step(3).events())
        .containsExactly(
            "before-user-create", "after-user-create", "after-admin-user-create", "after-login");
    assertThat(step(3).hooks().get(2)).endsWith("queued welcome to grace@example.com");
    assertThat(step(3).hooks().get(3)).endsWith("provisioned the missing workspace");
  }

  @Test
  void aWrongPasswordRunsNoHookAndAFormLoginSetsTheActiveOrganization() {
    assertThat(step(4).answer()).endsWith("/login?error");
    assertThat(step(4).hooks()).isEmpty();
    assertThat(step(5).answer()).endsWith("/me");
    assertThat(step(5).hooks())
        .containsExactly(
            "before-session-create BeforeSessionCreate: active organization org-ada-example-com",
            step(5).hooks().get(1));
    assertThat(step(5).hooks().get(1))
        .startsWith("after-login AfterLogin: backfill done in ")
        .endsWith(", nothing missing");
    assertThat(step(6).answer())
        .isEqualTo("{\"user\":\"ada@example.com\",\"activeOrganization\":\"org-ada-example-com\"}");
    assertThat(step(6).hooks()).isEmpty();
  }

  @Test
  void everyTokenCarriesTheTenantClaimsAndAClientWithoutAUserOnlyItsRole() {
    assertThat(step(7).answer())
        .containsPattern("/callback\\?code=[A-Za-z0-9_-]{6}\\.\\.\\.&state=demo$");
    assertThat(step(7).events()).containsExactly("before-session-create");
    for (Step token : List.of(step(8), step(9))) {
      assertThat(token.status()).isEqualTo(200);
      assertThat(token.answer())
          .isEqualTo("access token with sub=ada@example.com, organization_id=org-ada-example-com,"
              + " role=owner, plan=pro");
      assertThat(token.events())
          .containsExactly("resolve-oauth-context", "transform-custom-user-data");
    }
    assertThat(step(10).answer()).isEqualTo("access token with sub=demo-client, role=service");
    assertThat(step(10).events()).containsExactly("resolve-oauth-context");
  }

  @Test
  void theFirstOidcLoginCreatesTheUserAndAReturningOneDoesNot() {
    assertThat(step(11).answer()).endsWith("/me");
    assertThat(step(11).events())
        .containsExactly(
            "before-user-create", "after-user-create", "before-session-create", "after-login");
    assertThat(step(12).events()).containsExactly("before-session-create", "after-login");
  }

  @Test
  void theOutputShowsEachRequestWithTheHooksThatRan() {
    assertThat(steps).hasSize(12);
    assertThat(printed)
        .contains("1. POST /sign-up Ada@Example.com (form sign-up)\n   -> 201 ")
        .contains("   hooks: before-user-create BeforeUserCreate: stored the email as"
            + " ada@example.com\n          after-user-create AfterUserCreate:")
        .contains("4. POST /login ada@example.com, wrong password\n   -> 302 redirect to ")
        .contains("/login?error\n   hooks: none ran")
        .contains("Users now: ada@example.com, admin@example.com, grace@example.com, oidc-user\n")
        .contains("Rows now: {users=4, organization=4, member=4, outbox=1}")
        .contains("Demo finished; both servers are stopped.");
  }
}
