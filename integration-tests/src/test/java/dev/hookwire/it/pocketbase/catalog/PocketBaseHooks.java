package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.BeforeEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.annotations.Tagged;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.annotations.TransformEvent;
import dev.hookwire.runtime.DataRecord;
import dev.hookwire.runtime.HookContext;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PocketBase's JavaScript app hooks (the {@code pb_hooks} API of PocketBase 0.22: every {@code
 * on...} function of its {@code types.d.ts}), ported to a Hookwire catalog: one method per hook,
 * named as in PocketBase, so {@code onRecordBeforeCreateRequest} is the event {@code
 * on-record-before-create-request} and the hook class {@code OnRecordBeforeCreateRequest}.
 *
 * <p>How PocketBase's semantics map:
 *
 * <ul>
 *   <li>A hook that can change what happens next ({@code e.record.set(..)}, {@code
 *       e.message.subject = ..}) is a before-event whose entity has a patch: {@link DataRecord}
 *       (dynamic fields, {@code DataRecordPatch}) or a {@code @Patchable} record, whose
 *       {@code @Protected} components no hook may change. A before-hook that can only deny
 *       ("return an error") has an entity without a patch, such as {@link Deletion}, and throws
 *       {@code HookRejection}.
 *   <li>PocketBase's {@code hook.StopPropagation}: the patch's {@code stopChain()}.
 *   <li>After-hooks are notifications: a failure is reported and never undoes the operation.
 *   <li>List and view request hooks, which PocketBase lets modify the response, are transform
 *       events: the hook returns what is sent.
 *   <li>The tags PocketBase's taggable hooks take (collection or table names) are {@code @Tagged}:
 *       the host sets the collection name with {@code HookContext.builder().tag(..)}, and a hook
 *       restricts itself with {@code @Tags}.
 *   <li>The request itself (path, auth, client IP) is in the {@code HookContext}.
 * </ul>
 */
@EventCatalog
public interface PocketBaseHooks {
  // ---- App ----

  /**
   * Before the app opens its database and loads its settings. Deny the start by throwing.
   * PocketBase: {@code onBeforeBootstrap}.
   */
  @BeforeEvent
  BootstrapEvent onBeforeBootstrap(BootstrapEvent app, HookContext ctx);

  /**
   * The app has opened its database and loaded its settings. PocketBase: {@code onAfterBootstrap}.
   */
  @AfterEvent
  void onAfterBootstrap(BootstrapEvent app, HookContext ctx);

  /**
   * The app is shutting down (or restarting). A hook gets 5 s by default, so that none can hold the
   * shutdown. PocketBase: {@code onTerminate}.
   */
  @AfterEvent
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void onTerminate(TerminateEvent app, HookContext ctx);

  /**
   * Right before an error response is sent: rewrite its status, message or data. PocketBase:
   * {@code onBeforeApiError}.
   */
  @BeforeEvent
  ApiError onBeforeApiError(ApiError error, HookContext ctx);

  /**
   * Right after an error response was sent, for example to log it elsewhere. PocketBase:
   * {@code onAfterApiError}.
   */
  @AfterEvent
  void onAfterApiError(ApiError error, HookContext ctx);

  // ---- Models (database rows; the tag is the table or collection name) ----

  /**
   * Before a row is inserted: validate or change the data stored. PocketBase:
   * {@code onModelBeforeCreate}.
   */
  @BeforeEvent
  @Tagged
  DataRecord onModelBeforeCreate(DataRecord record, HookContext ctx);

  /** After a row was inserted. PocketBase: {@code onModelAfterCreate}. */
  @AfterEvent
  @Tagged
  void onModelAfterCreate(DataRecord record, HookContext ctx);

  /**
   * Before a row is updated: validate or change the data stored. PocketBase:
   * {@code onModelBeforeUpdate}.
   */
  @BeforeEvent
  @Tagged
  DataRecord onModelBeforeUpdate(DataRecord record, HookContext ctx);

  /** After a row was updated. PocketBase: {@code onModelAfterUpdate}. */
  @AfterEvent
  @Tagged
  void onModelAfterUpdate(DataRecord record, HookContext ctx);

  /** Before a row is deleted. Deny it by throwing. PocketBase: {@code onModelBeforeDelete}. */
  @BeforeEvent
  @Tagged
  Deletion<DataRecord> onModelBeforeDelete(Deletion<DataRecord> deletion, HookContext ctx);

  /** After a row was deleted. PocketBase: {@code onModelAfterDelete}. */
  @AfterEvent
  @Tagged
  void onModelAfterDelete(DataRecord record, HookContext ctx);

  // ---- Mailer (the tag of a record mail is the recipient's collection) ----

  /**
   * Before an admin's password-reset mail is sent: change its sender, subject or body, or stop the
   * chain to send your own. PocketBase: {@code onMailerBeforeAdminResetPasswordSend}.
   */
  @BeforeEvent
  MailMessage onMailerBeforeAdminResetPasswordSend(MailMessage message, HookContext ctx);

  /**
   * After an admin's password-reset mail was sent. PocketBase:
   * {@code onMailerAfterAdminResetPasswordSend}.
   */
  @AfterEvent
  void onMailerAfterAdminResetPasswordSend(MailMessage message, HookContext ctx);

  /**
   * Before an auth record's password-reset mail is sent. PocketBase:
   * {@code onMailerBeforeRecordResetPasswordSend}.
   */
  @BeforeEvent
  @Tagged
  MailMessage onMailerBeforeRecordResetPasswordSend(MailMessage message, HookContext ctx);

  /**
   * After an auth record's password-reset mail was sent. PocketBase:
   * {@code onMailerAfterRecordResetPasswordSend}.
   */
  @AfterEvent
  @Tagged
  void onMailerAfterRecordResetPasswordSend(MailMessage message, HookContext ctx);

  /**
   * Before an auth record's verification mail is sent. PocketBase:
   * {@code onMailerBeforeRecordVerificationSend}.
   */
  @BeforeEvent
  @Tagged
  MailMessage onMailerBeforeRecordVerificationSend(MailMessage message, HookContext ctx);

  /**
   * After an auth record's verification mail was sent. PocketBase:
   * {@code onMailerAfterRecordVerificationSend}.
   */
  @AfterEvent
  @Tagged
  void onMailerAfterRecordVerificationSend(MailMessage message, HookContext ctx);

  /**
   * Before the mail confirming an auth record's new address is sent. PocketBase:
   * {@code onMailerBeforeRecordChangeEmailSend}.
   */
  @BeforeEvent
  @Tagged
  MailMessage onMailerBeforeRecordChangeEmailSend(MailMessage message, HookContext ctx);

  /**
   * After the mail confirming an auth record's new address was sent. PocketBase:
   * {@code onMailerAfterRecordChangeEmailSend}.
   */
  @AfterEvent
  @Tagged
  void onMailerAfterRecordChangeEmailSend(MailMessage message, HookContext ctx);

  // ---- Realtime ----

  /**
   * Right before an SSE client connection is established. Deny it by throwing. PocketBase:
   * {@code onRealtimeConnectRequest}.
   */
  @BeforeEvent
  RealtimeClient onRealtimeConnectRequest(RealtimeClient client, HookContext ctx);

  /**
   * An SSE client disconnected or was interrupted. PocketBase: {@code onRealtimeDisconnectRequest}.
   */
  @AfterEvent
  void onRealtimeDisconnectRequest(RealtimeClient client, HookContext ctx);

  /**
   * Right before an SSE message is sent to a client: change its name or data. PocketBase:
   * {@code onRealtimeBeforeMessageSend}.
   */
  @BeforeEvent
  RealtimeMessage onRealtimeBeforeMessageSend(RealtimeMessage message, HookContext ctx);

  /**
   * Right after an SSE message was sent to a client. PocketBase:
   * {@code onRealtimeAfterMessageSend}.
   */
  @AfterEvent
  void onRealtimeAfterMessageSend(RealtimeMessage message, HookContext ctx);

  /**
   * Before a client's subscriptions change: validate or change the topics. PocketBase:
   * {@code onRealtimeBeforeSubscribeRequest}.
   */
  @BeforeEvent
  RealtimeSubscription onRealtimeBeforeSubscribeRequest(
      RealtimeSubscription subscription, HookContext ctx);

  /**
   * After a client's subscriptions changed. PocketBase: {@code onRealtimeAfterSubscribeRequest}.
   */
  @AfterEvent
  void onRealtimeAfterSubscribeRequest(RealtimeSubscription subscription, HookContext ctx);

  // ---- Record CRUD API (the tag is the collection name) ----

  /**
   * A page of records about to be returned by the list API: return the page to send. PocketBase:
   * {@code onRecordsListRequest}.
   */
  @TransformEvent
  @Tagged
  RecordPage onRecordsListRequest(RecordPage page, HookContext ctx);

  /**
   * A record about to be returned by the view API: return the record to send. PocketBase:
   * {@code onRecordViewRequest}.
   */
  @TransformEvent
  @Tagged
  DataRecord onRecordViewRequest(DataRecord record, HookContext ctx);

  /**
   * Before a record submitted to the create API is stored: validate or change it. PocketBase:
   * {@code onRecordBeforeCreateRequest}.
   */
  @BeforeEvent
  @Tagged
  DataRecord onRecordBeforeCreateRequest(DataRecord record, HookContext ctx);

  /** After the create API stored a record. PocketBase: {@code onRecordAfterCreateRequest}. */
  @AfterEvent
  @Tagged
  void onRecordAfterCreateRequest(DataRecord record, HookContext ctx);

  /**
   * Before a record submitted to the update API is stored: validate or change it. PocketBase:
   * {@code onRecordBeforeUpdateRequest}.
   */
  @BeforeEvent
  @Tagged
  DataRecord onRecordBeforeUpdateRequest(DataRecord record, HookContext ctx);

  /** After the update API stored a record. PocketBase: {@code onRecordAfterUpdateRequest}. */
  @AfterEvent
  @Tagged
  void onRecordAfterUpdateRequest(DataRecord record, HookContext ctx);

  /**
   * Before the delete API deletes a record. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeDeleteRequest}.
   */
  @BeforeEvent
  @Tagged
  Deletion<DataRecord> onRecordBeforeDeleteRequest(Deletion<DataRecord> deletion, HookContext ctx);

  /** After the delete API deleted a record. PocketBase: {@code onRecordAfterDeleteRequest}. */
  @AfterEvent
  @Tagged
  void onRecordAfterDeleteRequest(DataRecord record, HookContext ctx);

  // ---- Record auth API (the tag is the auth collection's name) ----

  /**
   * Every successful authentication (password, OAuth2, refresh), right before the response: change
   * the token or add metadata. PocketBase: {@code onRecordAuthRequest}.
   */
  @BeforeEvent
  @Tagged
  AuthResponse onRecordAuthRequest(AuthResponse auth, HookContext ctx);

  /**
   * Before a password sign-in is checked: deny it, or locate another record for the identity.
   * PocketBase: {@code onRecordBeforeAuthWithPasswordRequest}.
   */
  @BeforeEvent
  @Tagged
  PasswordAuth onRecordBeforeAuthWithPasswordRequest(PasswordAuth auth, HookContext ctx);

  /**
   * After a successful password sign-in. PocketBase: {@code onRecordAfterAuthWithPasswordRequest}.
   */
  @AfterEvent
  @Tagged
  void onRecordAfterAuthWithPasswordRequest(PasswordAuth auth, HookContext ctx);

  /**
   * Before an OAuth2 sign-in links or creates its record: link another record or shape the new one.
   * PocketBase: {@code onRecordBeforeAuthWithOAuth2Request}.
   */
  @BeforeEvent
  @Tagged
  OAuth2Auth onRecordBeforeAuthWithOAuth2Request(OAuth2Auth auth, HookContext ctx);

  /** After a successful OAuth2 sign-in. PocketBase: {@code onRecordAfterAuthWithOAuth2Request}. */
  @AfterEvent
  @Tagged
  void onRecordAfterAuthWithOAuth2Request(OAuth2Auth auth, HookContext ctx);

  /**
   * Before an auth token is refreshed. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeAuthRefreshRequest}.
   */
  @BeforeEvent
  @Tagged
  AuthRefresh<DataRecord> onRecordBeforeAuthRefreshRequest(
      AuthRefresh<DataRecord> refresh, HookContext ctx);

  /** After an auth token was refreshed. PocketBase: {@code onRecordAfterAuthRefreshRequest}. */
  @AfterEvent
  @Tagged
  void onRecordAfterAuthRefreshRequest(AuthRefresh<DataRecord> refresh, HookContext ctx);

  /**
   * The OAuth2 links of a record about to be returned: return the list to send. PocketBase:
   * {@code onRecordListExternalAuthsRequest}.
   */
  @TransformEvent
  @Tagged
  List<ExternalAuth> onRecordListExternalAuthsRequest(
      List<ExternalAuth> externalAuths, HookContext ctx);

  /**
   * Before an OAuth2 link is deleted. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeUnlinkExternalAuthRequest}.
   */
  @BeforeEvent
  @Tagged
  ExternalAuth onRecordBeforeUnlinkExternalAuthRequest(ExternalAuth externalAuth, HookContext ctx);

  /**
   * After an OAuth2 link was deleted. PocketBase: {@code onRecordAfterUnlinkExternalAuthRequest}.
   */
  @AfterEvent
  @Tagged
  void onRecordAfterUnlinkExternalAuthRequest(ExternalAuth externalAuth, HookContext ctx);

  /**
   * Before a password-reset request sends its mail. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeRequestPasswordResetRequest}.
   */
  @BeforeEvent
  @Tagged
  AccountRequest<DataRecord> onRecordBeforeRequestPasswordResetRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * After a password-reset request. PocketBase: {@code onRecordAfterRequestPasswordResetRequest}.
   */
  @AfterEvent
  @Tagged
  void onRecordAfterRequestPasswordResetRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * Before a password reset is confirmed and stored. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeConfirmPasswordResetRequest}.
   */
  @BeforeEvent
  @Tagged
  AccountRequest<DataRecord> onRecordBeforeConfirmPasswordResetRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * After a password reset was confirmed. PocketBase:
   * {@code onRecordAfterConfirmPasswordResetRequest}.
   */
  @AfterEvent
  @Tagged
  void onRecordAfterConfirmPasswordResetRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * Before a verification request sends its mail. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeRequestVerificationRequest}.
   */
  @BeforeEvent
  @Tagged
  AccountRequest<DataRecord> onRecordBeforeRequestVerificationRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /** After a verification request. PocketBase: {@code onRecordAfterRequestVerificationRequest}. */
  @AfterEvent
  @Tagged
  void onRecordAfterRequestVerificationRequest(AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * Before a verification is confirmed and stored. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeConfirmVerificationRequest}.
   */
  @BeforeEvent
  @Tagged
  AccountRequest<DataRecord> onRecordBeforeConfirmVerificationRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * After a verification was confirmed. PocketBase:
   * {@code onRecordAfterConfirmVerificationRequest}.
   */
  @AfterEvent
  @Tagged
  void onRecordAfterConfirmVerificationRequest(AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * Before an email-change request sends its mail. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeRequestEmailChangeRequest}.
   */
  @BeforeEvent
  @Tagged
  AccountRequest<DataRecord> onRecordBeforeRequestEmailChangeRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /** After an email-change request. PocketBase: {@code onRecordAfterRequestEmailChangeRequest}. */
  @AfterEvent
  @Tagged
  void onRecordAfterRequestEmailChangeRequest(AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * Before an email change is confirmed and stored. Deny it by throwing. PocketBase:
   * {@code onRecordBeforeConfirmEmailChangeRequest}.
   */
  @BeforeEvent
  @Tagged
  AccountRequest<DataRecord> onRecordBeforeConfirmEmailChangeRequest(
      AccountRequest<DataRecord> request, HookContext ctx);

  /**
   * After an email change was confirmed. PocketBase:
   * {@code onRecordAfterConfirmEmailChangeRequest}.
   */
  @AfterEvent
  @Tagged
  void onRecordAfterConfirmEmailChangeRequest(AccountRequest<DataRecord> request, HookContext ctx);

  // ---- Files (the tag is the collection of the record owning the file) ----

  /**
   * Before a file is served: serve it under another name or from another path, or deny it by
   * throwing. PocketBase: {@code onFileDownloadRequest}.
   */
  @BeforeEvent
  @Tagged
  FileDownload onFileDownloadRequest(FileDownload download, HookContext ctx);

  /**
   * Before a protected-file token is returned: issue your own, or deny it by throwing. PocketBase:
   * {@code onFileBeforeTokenRequest}.
   */
  @BeforeEvent
  @Tagged
  FileToken onFileBeforeTokenRequest(FileToken token, HookContext ctx);

  /** After a protected-file token was returned. PocketBase: {@code onFileAfterTokenRequest}. */
  @AfterEvent
  @Tagged
  void onFileAfterTokenRequest(FileToken token, HookContext ctx);

  // ---- Collections API ----

  /**
   * The collections about to be returned by the list API: return the list to send. PocketBase:
   * {@code onCollectionsListRequest}.
   */
  @TransformEvent
  List<CollectionModel> onCollectionsListRequest(
      List<CollectionModel> collections, HookContext ctx);

  /**
   * A collection about to be returned by the view API: return the collection to send. PocketBase:
   * {@code onCollectionViewRequest}.
   */
  @TransformEvent
  CollectionModel onCollectionViewRequest(CollectionModel collection, HookContext ctx);

  /**
   * Before a new collection is stored: validate or change it. PocketBase:
   * {@code onCollectionBeforeCreateRequest}.
   */
  @BeforeEvent
  CollectionModel onCollectionBeforeCreateRequest(CollectionModel collection, HookContext ctx);

  /** After a new collection was stored. PocketBase: {@code onCollectionAfterCreateRequest}. */
  @AfterEvent
  void onCollectionAfterCreateRequest(CollectionModel collection, HookContext ctx);

  /**
   * Before a changed collection is stored: validate or change it. PocketBase:
   * {@code onCollectionBeforeUpdateRequest}.
   */
  @BeforeEvent
  CollectionModel onCollectionBeforeUpdateRequest(CollectionModel collection, HookContext ctx);

  /** After a changed collection was stored. PocketBase: {@code onCollectionAfterUpdateRequest}. */
  @AfterEvent
  void onCollectionAfterUpdateRequest(CollectionModel collection, HookContext ctx);

  /**
   * Before a collection is deleted. Deny it by throwing. PocketBase:
   * {@code onCollectionBeforeDeleteRequest}.
   */
  @BeforeEvent
  Deletion<CollectionModel> onCollectionBeforeDeleteRequest(
      Deletion<CollectionModel> deletion, HookContext ctx);

  /** After a collection was deleted. PocketBase: {@code onCollectionAfterDeleteRequest}. */
  @AfterEvent
  void onCollectionAfterDeleteRequest(CollectionModel collection, HookContext ctx);

  /**
   * Before collections are imported: validate or change the import. PocketBase:
   * {@code onCollectionsBeforeImportRequest}.
   */
  @BeforeEvent
  CollectionsImport onCollectionsBeforeImportRequest(
      CollectionsImport collectionsImport, HookContext ctx);

  /** After collections were imported. PocketBase: {@code onCollectionsAfterImportRequest}. */
  @AfterEvent
  void onCollectionsAfterImportRequest(CollectionsImport collectionsImport, HookContext ctx);

  // ---- Settings API ----

  /**
   * The settings about to be returned by the API: return the settings to send (hide secrets).
   * PocketBase: {@code onSettingsListRequest}.
   */
  @TransformEvent
  Settings onSettingsListRequest(Settings settings, HookContext ctx);

  /**
   * Before new settings are stored: validate or change them. PocketBase:
   * {@code onSettingsBeforeUpdateRequest}.
   */
  @BeforeEvent
  SettingsUpdate onSettingsBeforeUpdateRequest(SettingsUpdate update, HookContext ctx);

  /** After new settings were stored. PocketBase: {@code onSettingsAfterUpdateRequest}. */
  @AfterEvent
  void onSettingsAfterUpdateRequest(SettingsUpdate update, HookContext ctx);

  // ---- Admins API and admin auth ----

  /**
   * The admins about to be returned by the list API: return the list to send. PocketBase:
   * {@code onAdminsListRequest}.
   */
  @TransformEvent
  List<Admin> onAdminsListRequest(List<Admin> admins, HookContext ctx);

  /**
   * An admin about to be returned by the view API: return the admin to send. PocketBase:
   * {@code onAdminViewRequest}.
   */
  @TransformEvent
  Admin onAdminViewRequest(Admin admin, HookContext ctx);

  /**
   * Before a new admin is stored: validate or change it. PocketBase:
   * {@code onAdminBeforeCreateRequest}.
   */
  @BeforeEvent
  Admin onAdminBeforeCreateRequest(Admin admin, HookContext ctx);

  /** After a new admin was stored. PocketBase: {@code onAdminAfterCreateRequest}. */
  @AfterEvent
  void onAdminAfterCreateRequest(Admin admin, HookContext ctx);

  /**
   * Before a changed admin is stored: validate or change it. PocketBase:
   * {@code onAdminBeforeUpdateRequest}.
   */
  @BeforeEvent
  Admin onAdminBeforeUpdateRequest(Admin admin, HookContext ctx);

  /** After a changed admin was stored. PocketBase: {@code onAdminAfterUpdateRequest}. */
  @AfterEvent
  void onAdminAfterUpdateRequest(Admin admin, HookContext ctx);

  /**
   * Before an admin is deleted. Deny it by throwing. PocketBase:
   * {@code onAdminBeforeDeleteRequest}.
   */
  @BeforeEvent
  Deletion<Admin> onAdminBeforeDeleteRequest(Deletion<Admin> deletion, HookContext ctx);

  /** After an admin was deleted. PocketBase: {@code onAdminAfterDeleteRequest}. */
  @AfterEvent
  void onAdminAfterDeleteRequest(Admin admin, HookContext ctx);

  /**
   * Every successful admin authentication, right before the response: change the token. PocketBase:
   * {@code onAdminAuthRequest}.
   */
  @BeforeEvent
  AdminAuth onAdminAuthRequest(AdminAuth auth, HookContext ctx);

  /**
   * Before an admin password sign-in is checked: deny it, or locate another admin for the identity.
   * PocketBase: {@code onAdminBeforeAuthWithPasswordRequest}.
   */
  @BeforeEvent
  AdminPasswordAuth onAdminBeforeAuthWithPasswordRequest(AdminPasswordAuth auth, HookContext ctx);

  /**
   * After a successful admin password sign-in. PocketBase:
   * {@code onAdminAfterAuthWithPasswordRequest}.
   */
  @AfterEvent
  void onAdminAfterAuthWithPasswordRequest(AdminPasswordAuth auth, HookContext ctx);

  /**
   * Before an admin token is refreshed. Deny it by throwing. PocketBase:
   * {@code onAdminBeforeAuthRefreshRequest}.
   */
  @BeforeEvent
  AuthRefresh<Admin> onAdminBeforeAuthRefreshRequest(AuthRefresh<Admin> refresh, HookContext ctx);

  /** After an admin token was refreshed. PocketBase: {@code onAdminAfterAuthRefreshRequest}. */
  @AfterEvent
  void onAdminAfterAuthRefreshRequest(AuthRefresh<Admin> refresh, HookContext ctx);

  /**
   * Before an admin password-reset request sends its mail. Deny it by throwing. PocketBase:
   * {@code onAdminBeforeRequestPasswordResetRequest}.
   */
  @BeforeEvent
  AccountRequest<Admin> onAdminBeforeRequestPasswordResetRequest(
      AccountRequest<Admin> request, HookContext ctx);

  /**
   * After an admin password-reset request. PocketBase:
   * {@code onAdminAfterRequestPasswordResetRequest}.
   */
  @AfterEvent
  void onAdminAfterRequestPasswordResetRequest(AccountRequest<Admin> request, HookContext ctx);

  /**
   * Before an admin password reset is confirmed and stored. Deny it by throwing. PocketBase:
   * {@code onAdminBeforeConfirmPasswordResetRequest}.
   */
  @BeforeEvent
  AccountRequest<Admin> onAdminBeforeConfirmPasswordResetRequest(
      AccountRequest<Admin> request, HookContext ctx);

  /**
   * After an admin password reset was confirmed. PocketBase:
   * {@code onAdminAfterConfirmPasswordResetRequest}.
   */
  @AfterEvent
  void onAdminAfterConfirmPasswordResetRequest(AccountRequest<Admin> request, HookContext ctx);
}
