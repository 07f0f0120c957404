package dev.hookwire.it.pocketbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.annotations.Tagged;
import dev.hookwire.it.pocketbase.catalog.AccountRequest;
import dev.hookwire.it.pocketbase.catalog.Admin;
import dev.hookwire.it.pocketbase.catalog.ApiError;
import dev.hookwire.it.pocketbase.catalog.AuthResponse;
import dev.hookwire.it.pocketbase.catalog.BootstrapEvent;
import dev.hookwire.it.pocketbase.catalog.CollectionModel;
import dev.hookwire.it.pocketbase.catalog.CollectionsImport;
import dev.hookwire.it.pocketbase.catalog.Deletion;
import dev.hookwire.it.pocketbase.catalog.FileDownload;
import dev.hookwire.it.pocketbase.catalog.MailMessage;
import dev.hookwire.it.pocketbase.catalog.MailMessagePatch;
import dev.hookwire.it.pocketbase.catalog.OAuth2Auth;
import dev.hookwire.it.pocketbase.catalog.PasswordAuth;
import dev.hookwire.it.pocketbase.catalog.PocketBaseHooks;
import dev.hookwire.it.pocketbase.catalog.RealtimeClient;
import dev.hookwire.it.pocketbase.catalog.RealtimeSubscription;
import dev.hookwire.it.pocketbase.catalog.RecordPage;
import dev.hookwire.it.pocketbase.catalog.Settings;
import dev.hookwire.it.pocketbase.catalog.SettingsUpdate;
import dev.hookwire.it.pocketbase.catalog.TerminateEvent;
import dev.hookwire.it.pocketbase.hooks.AuditRecordCreate;
import dev.hookwire.it.pocketbase.hooks.HoldForReview;
import dev.hookwire.it.pocketbase.hooks.HookWiring;
import dev.hookwire.it.pocketbase.hooks.NotifySubscribers;
import dev.hookwire.it.pocketbase.hooks.OnRecordAfterCreateRequest;
import dev.hookwire.it.pocketbase.hooks.OnRecordBeforeCreateRequest;
import dev.hookwire.it.pocketbase.hooks.ScreenComment;
import dev.hookwire.it.pocketbase.hooks.StampAuthor;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.RecordingListener;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.WiringDescription;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * PocketBase's whole JS hook set as a host catalog, proven through the {@code HookWiring} the
 * processor generated for {@code dev.hookwire.it.pocketbase.hooks}: tags (collections), order,
 * chain stop, before/after pairs around a simulated store, transforms of API responses, and host
 * records whose protected parts no hook can change.
 */
class PocketBaseHooksTest {
  /** Every {@code on...} hook function of PocketBase 0.22's JSVM {@code types.d.ts}. */
  static final Set<String> JS_HOOKS = Set.of(
      "onAdminAfterAuthRefreshRequest",
      "onAdminAfterAuthWithPasswordRequest",
      "onAdminAfterConfirmPasswordResetRequest",
      "onAdminAfterCreateRequest",
      "onAdminAfterDeleteRequest",
      "onAdminAfterRequestPasswordResetRequest",
      "onAdminAfterUpdateRequest",
      "onAdminAuthRequest",
      "onAdminBeforeAuthRefreshRequest",
      "onAdminBeforeAuthWithPasswordRequest",
      "onAdminBeforeConfirmPasswordResetRequest",
      "onAdminBeforeCreateRequest",
      "onAdminBeforeDeleteRequest",
      "onAdminBeforeRequestPasswordResetRequest",
      "onAdminBeforeUpdateRequest",
      "onAdminViewRequest",
      "onAdminsListRequest",
      "onAfterApiError",
      "onAfterBootstrap",
      "onBeforeApiError",
      "onBeforeBootstrap",
      "onCollectionAfterCreateRequest",
      "onCollectionAfterDeleteRequest",
      "onCollectionAfterUpdateRequest",
      "onCollectionBeforeCreateRequest",
      "onCollectionBeforeDeleteRequest",
      "onCollectionBeforeUpdateRequest",
      "onCollectionViewRequest",
      "onCollectionsAfterImportRequest",
      "onCollectionsBeforeImportRequest",
      "onCollectionsListRequest",
      "onFileAfterTokenRequest",
      "onFileBeforeTokenRequest",
      "onFileDownloadRequest",
      "onMailerAfterAdminResetPasswordSend",
      "onMailerAfterRecordChangeEmailSend",
      "onMailerAfterRecordResetPasswordSend",
      "onMailerAfterRecordVerificationSend",
      "onMailerBeforeAdminResetPasswordSend",
      "onMailerBeforeRecordChangeEmailSend",
      "onMailerBeforeRecordResetPasswordSend",
      "onMailerBeforeRecordVerificationSend",
      "onModelAfterCreate",
      "onModelAfterDelete",
      "onModelAfterUpdate",
      "onModelBeforeCreate",
      "onModelBeforeDelete",
      "onModelBeforeUpdate",
      "onRealtimeAfterMessageSend",
      "onRealtimeAfterSubscribeRequest",
      "onRealtimeBeforeMessageSend",
      "onRealtimeBeforeSubscribeRequest",
      "onRealtimeConnectRequest",
      "onRealtimeDisconnectRequest",
      "onRecordAfterAuthRefreshRequest",
      "onRecordAfterAuthWithOAuth2Request",
      "onRecordAfterAuthWithPasswordRequest",
      "onRecordAfterConfirmEmailChangeRequest",
      "onRecordAfterConfirmPasswordResetRequest",
      "onRecordAfterConfirmVerificationRequest",
      "onRecordAfterCreateRequest",
      "onRecordAfterDeleteRequest",
      "onRecordAfterRequestEmailChangeRequest",
      "onRecordAfterRequestPasswordResetRequest",
      "onRecordAfterRequestVerificationRequest",
      "onRecordAfterUnlinkExternalAuthRequest",
      "onRecordAfterUpdateRequest",
      "onRecordAuthRequest",
      "onRecordBeforeAuthRefreshRequest",
      "onRecordBeforeAuthWithOAuth2Request",
      "onRecordBeforeAuthWithPasswordRequest",
      "onRecordBeforeConfirmEmailChangeRequest",
      "onRecordBeforeConfirmPasswordResetRequest",
      "onRecordBeforeConfirmVerificationRequest",
      "onRecordBeforeCreateRequest",
      "onRecordBeforeDeleteRequest",
      "onRecordBeforeRequestEmailChangeRequest",
      "onRecordBeforeRequestPasswordResetRequest",
      "onRecordBeforeRequestVerificationRequest",
      "onRecordBeforeUnlinkExternalAuthRequest",
      "onRecordBeforeUpdateRequest",
      "onRecordListExternalAuthsRequest",
      "onRecordViewRequest",
      "onRecordsListRequest",
      "onSettingsAfterUpdateRequest",
      "onSettingsBeforeUpdateRequest",
      "onSettingsListRequest",
      "onTerminate");

  private final Journal journal = new Journal();
  private final RecordingListener listener = new RecordingListener();
  private final HookWiring wiring =
      new HookWiring(HookRuntime.builder().listener(listener).strict(true).build());
  private final PocketBaseHooks hooks = wiring;

  /** The context PocketBase's router would build for a request on a collection. */
  private HookContext request(String collection, String auth) {
    HookContext.Builder ctx = HookContext.builder()
        .path("/api/collections/" + collection + "/records")
        .tag(collection)
        .service(Journal.class, journal);
    if (auth != null) {
      ctx.metadata("auth", auth);
    }
    return ctx.build();
  }

  private HookContext app() {
    return HookContext.builder().service(Journal.class, journal).build();
  }

  /** What PocketBase does for a record create request: before-hooks, store (assign the id), after-hooks. */
  private DataRecord create(String collection, String id, Map<String, ?> fields, String auth) {
    HookContext ctx = request(collection, auth);
    DataRecord submitted = new DataRecord(collection, "", fields);
    DataRecord merged = hooks.onRecordBeforeCreateRequest(submitted, ctx);
    DataRecord stored = new DataRecord(collection, id, merged.fields());
    hooks.onRecordAfterCreateRequest(stored, ctx);
    return stored;
  }

  private List<Class<?>> skipped(String event) {
    return listener.entries(Outcome.SKIPPED).stream()
        .filter(e -> e.event().equals(event))
        .<Class<?>>map(RecordingListener.Entry::hook)
        .toList();
  }

  private static HookAbortedException rejected(Supplier<?> dispatch) {
    return assertThrows(HookAbortedException.class, dispatch::get);
  }

  @Nested
  class TheCatalog {
    private final List<Method> methods = Arrays.stream(PocketBaseHooks.class.getDeclaredMethods())
        .filter(m -> !m.isSynthetic())
        .toList();

    @Test
    void portsEveryJsHookOfPocketBase() {
      assertEquals(88, JS_HOOKS.size());
      assertEquals(
          new TreeSet<>(JS_HOOKS),
          methods.stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new)));
      WiringDescription description = wiring.describe();
      assertEquals(88, description.events().size());
      assertTrue(description.events().stream().allMatch(e -> e.virtualOf().isEmpty()));
    }

    @Test
    void tagsEveryEventThatTakesACollection() {
      // PocketBase's hooks that accept "...tags": models, record mails, record CRUD and auth,
      // files.
      Set<String> tagged = methods.stream()
          .filter(m -> m.isAnnotationPresent(Tagged.class))
          .map(Method::getName)
          .collect(Collectors.toSet());
      Set<String> expected = JS_HOOKS.stream()
          .filter(n -> n.startsWith("onModel")
              || n.startsWith("onMailerBeforeRecord")
              || n.startsWith("onMailerAfterRecord")
              || n.startsWith("onRecord")
              || n.startsWith("onFile"))
          .collect(Collectors.toSet());
      assertEquals(45, expected.size());
      assertEquals(expected, tagged);
    }

    @Test
    void eachEventHasTheKindItsPocketBaseHookImplies() {
      for (WiringDescription.EventInfo event : wiring.describe().events()) {
        String name = event.name();
        String kind = name.contains("-after-")
                || name.equals("on-terminate")
                || name.equals("on-realtime-disconnect-request")
            ? "after"
            : name.endsWith("-list-request")
                    || name.endsWith("-view-request")
                    || name.endsWith("-external-auths-request")
                ? "transform"
                : "before";
        assertEquals(kind, event.kind().toString(), name);
      }
    }

    @Test
    void beforeAndAfterHooksOfOneOperationShareTheirEntity() {
      int pairs = 0;
      for (Method before : methods) {
        String afterName = before.getName().replace("Before", "After");
        if (afterName.equals(before.getName())) {
          continue;
        }
        Method after = methods.stream()
            .filter(m -> m.getName().equals(afterName))
            .findFirst()
            .orElseThrow(() -> new AssertionError(afterName));
        Type entity = before.getGenericParameterTypes()[0];
        if (!before
            .getName()
            .contains("Delete")) { // a before-delete takes a Deletion of what the after-delete gets
          assertEquals(entity, after.getGenericParameterTypes()[0], before.getName());
        }
        assertEquals(
            before.isAnnotationPresent(Tagged.class),
            after.isAnnotationPresent(Tagged.class),
            before.getName());
        pairs++;
      }
      assertEquals(37, pairs);
    }

    @Test
    void describesTheHooksInRunOrder() {
      WiringDescription.EventInfo create = wiring.describe().events().stream()
          .filter(e -> e.name().equals("on-record-before-create-request"))
          .findFirst()
          .orElseThrow();
      assertEquals(
          List.of(
              StampAuthor.class.getName(),
              OnRecordBeforeCreateRequest.class.getName(),
              ScreenComment.class.getName(),
              HoldForReview.class.getName()),
          create.hooks().stream().map(WiringDescription.HookInfo::type).toList());
      assertEquals(List.of("comments"), create.hooks().get(3).tags());
    }
  }

  @Nested
  class RecordRequests {
    @Test
    void aPostIsStampedSluggedStoredThenAuditedIndexedAndAnnouncedInOrder() {
      DataRecord post = create("posts", "p1", Map.of("title", "Hello World"), "ada");
      assertEquals("ada", post.get("author"));
      assertEquals("hello-world", post.get("slug"));
      assertFalse(post.has("status"));
      assertEquals(
          List.of("audit posts/p1 by ada", "index posts/p1", "notify hello-world"),
          journal.lines());
      assertEquals(
          List.of(ScreenComment.class, HoldForReview.class),
          skipped("on-record-before-create-request"));
    }

    @Test
    void aCommentWaitsForReview() {
      DataRecord comment = create("comments", "c1", Map.of("body", "Nice post"), null);
      assertEquals("guest", comment.get("author"));
      assertEquals("pending", comment.get("status"));
      assertFalse(comment.has("slug"));
      assertEquals(List.of("audit comments/c1 by guest", "index comments/c1"), journal.lines());
    }

    @Test
    void aModeratorsCommentIsApprovedAndStopsTheChain() {
      DataRecord comment = create("comments", "c2", Map.of("body", "Welcome"), "moderator");
      assertEquals("approved", comment.get("status"));
      // HoldForReview never ran: skipped because ScreenComment stopped the chain.
      assertTrue(listener.entries(Outcome.SKIPPED).stream()
          .anyMatch(e -> e.hook() == HoldForReview.class
              && e.reason().equals("chain stopped by ScreenComment")));
      assertFalse(listener.ran().contains(HoldForReview.class));
    }

    @Test
    void untaggedHooksRunForEveryCollectionTaggedOnesOnlyForTheirs() {
      DataRecord page = create("pages", "g1", Map.of("title", "About"), "ada");
      assertEquals(Map.of("title", "About", "author", "ada"), page.fields());
      assertEquals(List.of("audit pages/g1 by ada"), journal.lines());
      assertEquals(
          List.of(OnRecordBeforeCreateRequest.class, ScreenComment.class, HoldForReview.class),
          skipped("on-record-before-create-request"));
      assertEquals(
          List.of(OnRecordAfterCreateRequest.class, NotifySubscribers.class),
          skipped("on-record-after-create-request"));
      assertEquals(List.of(StampAuthor.class, AuditRecordCreate.class), listener.ran());
    }

    @Test
    void aRejectedCreateIsNeverStored() {
      HookAbortedException noTitle =
          rejected(() -> create("posts", "p2", Map.of("title", " "), "ada"));
      assertEquals("A post needs a title.", noTitle.userMessage().orElseThrow());
      HookAbortedException spam =
          rejected(() -> create("comments", "c3", Map.of("body", "BUY NOW cheap"), "bob"));
      assertEquals("Comments with ads are not allowed.", spam.userMessage().orElseThrow());
      assertEquals(List.of(), journal.lines());
    }

    @Test
    void mergingNeverChangesTheSubmittedRecord() {
      Map<String, Object> fields = new LinkedHashMap<>(Map.of("title", "Hello"));
      DataRecord submitted = new DataRecord("posts", "", fields);
      DataRecord merged = hooks.onRecordBeforeCreateRequest(submitted, request("posts", "ada"));
      assertNotSame(submitted, merged);
      assertEquals(Map.of("title", "Hello"), submitted.fields());
      assertEquals(Set.of("title", "author", "slug"), merged.fields().keySet());
    }

    @Test
    void anUpdateDropsThePasswordConfirmationAndCountsTheRevision() {
      HookContext ctx = request("users", "u1");
      DataRecord submitted =
          new DataRecord("users", "u1", Map.of("name", "Ada", "passwordConfirm", "secret"));
      DataRecord update = hooks.onRecordBeforeUpdateRequest(submitted, ctx);
      assertEquals(Map.of("name", "Ada"), update.fields());
      DataRecord row = hooks.onModelBeforeUpdate(update, ctx);
      DataRecord again = hooks.onModelBeforeUpdate(row, ctx);
      assertEquals(1, row.get("revision"));
      assertEquals(2, again.get("revision"));
      hooks.onRecordAfterUpdateRequest(again, ctx);
      assertEquals(List.of("updated users/u1 [name, revision]"), journal.lines());
      // A collection with no hook of its own gets the very record it passed.
      DataRecord post = new DataRecord("posts", "p1", Map.of("title", "Hi"));
      assertSame(post, hooks.onRecordBeforeUpdateRequest(post, request("posts", "ada")));
    }

    @Test
    void aLockedPostCannotBeDeleted() {
      DataRecord locked = new DataRecord("posts", "p1", Map.of("locked", true));
      HookAbortedException denied = rejected(
          () -> hooks.onRecordBeforeDeleteRequest(new Deletion<>(locked), request("posts", "ada")));
      assertEquals("Locked posts cannot be deleted.", denied.userMessage().orElseThrow());
      Deletion<DataRecord> open = new Deletion<>(new DataRecord("posts", "p2", Map.of()));
      assertSame(open, hooks.onRecordBeforeDeleteRequest(open, request("posts", "ada")));
      // The tag decides: a locked comment is not the posts hook's business.
      Deletion<DataRecord> comment =
          new Deletion<>(new DataRecord("comments", "c1", Map.of("locked", true)));
      assertSame(comment, hooks.onRecordBeforeDeleteRequest(comment, request("comments", "ada")));
    }
  }

  @Nested
  class Responses {
    @Test
    void aUsersEmailIsShownToThatUserOnly() {
      DataRecord user =
          new DataRecord("users", "u1", Map.of("name", "Ada", "email", "ada@example.com"));
      assertEquals(
          Map.of("name", "Ada"),
          hooks.onRecordViewRequest(user, request("users", "u2")).fields());
      assertSame(user, hooks.onRecordViewRequest(user, request("users", "u1")));
      assertEquals("ada@example.com", user.get("email"));
    }

    @Test
    void draftsAreDroppedFromAListOfPosts() {
      RecordPage page = new RecordPage(
          "posts",
          1,
          30,
          3,
          List.of(
              new DataRecord("posts", "p1", Map.of("draft", false)),
              new DataRecord("posts", "p2", Map.of("draft", true)),
              new DataRecord("posts", "p3", Map.of())));
      RecordPage sent = hooks.onRecordsListRequest(page, request("posts", null));
      assertEquals(
          List.of("p1", "p3"), sent.items().stream().map(DataRecord::id).toList());
      assertEquals(2, sent.totalItems());
      assertEquals(3, page.items().size());
    }

    @Test
    void theSenderAddressIsNotListed() {
      Settings settings = new Settings("Acme", "https://acme.example", false, "mail@acme.example");
      assertEquals("", hooks.onSettingsListRequest(settings, app()).senderAddress());
    }

    @Test
    void serverErrorsHideTheirDetails() {
      ApiError crash = new ApiError(
          "/api/collections/posts/records", 500, "pq: relation missing", Map.of("sql", "select"));
      ApiError shown = hooks.onBeforeApiError(crash, app());
      assertEquals(
          new ApiError("/api/collections/posts/records", 500, "Something went wrong.", Map.of()),
          shown);
      ApiError notFound = new ApiError("/api/files/x", 404, "Not found.", Map.of());
      assertSame(notFound, hooks.onBeforeApiError(notFound, app()));
    }
  }

  @Nested
  class HostRecords {
    @Test
    void aVerificationMailIsBrandedButStillGoesToTheUser() throws NoSuchMethodException {
      MailMessage message = new MailMessage(
          "users", "u1", "ada@example.com", "pb@localhost", "Verify your email", "<p>...</p>");
      HookContext ctx = request("users", null);
      MailMessage sent = hooks.onMailerBeforeRecordVerificationSend(message, ctx);
      assertEquals(
          new MailMessage(
              "users",
              "u1",
              "ada@example.com",
              "noreply@acme.example",
              "[Acme] Verify your email",
              "<p>...</p>"),
          sent);
      hooks.onMailerAfterRecordVerificationSend(sent, ctx);
      assertEquals(List.of("mailed ada@example.com: [Acme] Verify your email"), journal.lines());
      // @Protected: the patch has no setter for the recipient, so no hook can redirect a mail.
      assertEquals(
          Set.of("from", "subject", "html"), setters(MailMessagePatch.class, String.class));
      assertNotSame(message, sent);
    }

    @Test
    void anAuthResponseCarriesThePlan() {
      DataRecord user = new DataRecord("users", "u1", Map.of("plan", "pro"));
      AuthResponse response = hooks.onRecordAuthRequest(
          new AuthResponse(user, "jwt", Map.of("source", "password")), request("users", "u1"));
      assertEquals(Map.of("source", "password", "plan", "pro"), response.meta());
      assertSame(user, response.record());
    }

    @Test
    void anOAuth2SignUpGetsANameAndALinkedAccountIsLeftAlone() {
      OAuth2Auth signUp = new OAuth2Auth("github", "42", "grace@example.com", null, Map.of());
      assertEquals(
          Map.of("name", "grace"),
          hooks
              .onRecordBeforeAuthWithOAuth2Request(signUp, request("users", null))
              .createData());
      OAuth2Auth linked = new OAuth2Auth(
          "github", "42", "grace@example.com", new DataRecord("users", "u9", Map.of()), Map.of());
      assertSame(linked, hooks.onRecordBeforeAuthWithOAuth2Request(linked, request("users", null)));
    }

    @Test
    void internalCollectionsCannotBeFollowed() {
      RealtimeSubscription asked =
          new RealtimeSubscription("client-1", List.of("posts", "_admins", "comments/c1"));
      assertEquals(
          List.of("posts", "comments/c1"),
          hooks.onRealtimeBeforeSubscribeRequest(asked, app()).subscriptions());
    }

    @Test
    void adminsCollectionsAndFilesAreNormalised() {
      assertEquals(
          new Admin("a1", "root@acme.example", 3),
          hooks.onAdminBeforeCreateRequest(new Admin("a1", " Root@Acme.Example ", 3), app()));
      CollectionsImport imported =
          hooks.onCollectionsBeforeImportRequest(new CollectionsImport(List.of(), true), app());
      assertFalse(imported.deleteMissing());
      CollectionModel created = hooks.onCollectionBeforeCreateRequest(
          new CollectionModel("c1", "notes", "base", List.of("text"), null, null), app());
      assertEquals("@request.auth.id != ''", created.listRule());
      assertNull(created.viewRule());
      DataRecord post = new DataRecord("posts", "p1", Map.of("slug", "hello-world"));
      FileDownload download = hooks.onFileDownloadRequest(
          new FileDownload(post, "cover", "IMG_0042.jpg", "posts/p1/IMG_0042.jpg"),
          request("posts", null));
      assertEquals("hello-world.jpg", download.servedName());
      assertEquals("posts/p1/IMG_0042.jpg", download.servedPath());
    }

    private Set<String> setters(Class<?> patch, Class<?> parameter) {
      return Arrays.stream(patch.getMethods())
          .filter(m -> m.getParameterCount() == 1
              && m.getParameterTypes()[0] == parameter
              && m.getReturnType() == patch)
          .map(Method::getName)
          .collect(Collectors.toSet());
    }
  }

  @Nested
  class Denials {
    @Test
    void eachDenialReachesTheClientWithItsMessage() {
      assertEquals(
          "Sign in to receive live updates.",
          rejected(() -> hooks.onRealtimeConnectRequest(new RealtimeClient("client-1", ""), app()))
              .userMessage()
              .orElseThrow());
      assertEquals(
          "The first admin cannot be deleted.",
          rejected(() -> hooks.onAdminBeforeDeleteRequest(
                  new Deletion<>(new Admin("root", "root@acme.example", 0)), app()))
              .userMessage()
              .orElseThrow());
      Settings current = new Settings("Acme", "https://acme.example", false, "");
      assertEquals(
          "The app URL must start with https://.",
          rejected(() -> hooks.onSettingsBeforeUpdateRequest(
                  new SettingsUpdate(
                      current, new Settings("Acme", "http://acme.example", false, "")),
                  app()))
              .userMessage()
              .orElseThrow());
      assertEquals(
          "This account is blocked.",
          rejected(() -> hooks.onRecordBeforeAuthWithPasswordRequest(
                  new PasswordAuth("eve@blocked.example", null), request("users", null)))
              .userMessage()
              .orElseThrow());
    }

    @Test
    void whatIsAllowedGoesThroughUnchanged() {
      RealtimeClient client = new RealtimeClient("client-1", "u1");
      assertSame(client, hooks.onRealtimeConnectRequest(client, app()));
      // The blocked-domain hook is tagged "users": another auth collection is not its business.
      PasswordAuth staff = new PasswordAuth("eve@blocked.example", null);
      assertSame(staff, hooks.onRecordBeforeAuthWithPasswordRequest(staff, request("staff", null)));
      AccountRequest<DataRecord> reset =
          new AccountRequest<>(new DataRecord("users", "u1", Map.of()), "ada@example.com");
      assertSame(
          reset, hooks.onRecordBeforeRequestPasswordResetRequest(reset, request("users", null)));
    }
  }

  @Nested
  class App {
    @Test
    void bootstrapAndTerminateAreJournaled() {
      BootstrapEvent bootstrap = new BootstrapEvent("pb_data", false);
      assertSame(bootstrap, hooks.onBeforeBootstrap(bootstrap, app()));
      hooks.onAfterBootstrap(bootstrap, app());
      hooks.onTerminate(new TerminateEvent(false), app());
      assertEquals(List.of("bootstrapped pb_data", "terminated"), journal.lines());
      assertEquals(
          Optional.of(Duration.ofSeconds(5)),
          wiring.describe().events().stream()
              .filter(e -> e.name().equals("on-terminate"))
              .findFirst()
              .orElseThrow()
              .hooks()
              .get(0)
              .timeout());
    }
  }
}
