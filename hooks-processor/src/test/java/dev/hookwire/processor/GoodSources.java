package dev.hookwire.processor;

import java.util.ArrayList;
import java.util.List;

/** The valid sample packages under {@code src/test/resources/good}, as resource paths. */
final class GoodSources {
  private GoodSources() {}

  /** A hooks package against the built-in auth catalog. */
  static final List<String> AUTH_HOOKS = List.of(
      "good/com/acme/hooks/package-info.java",
      "good/com/acme/hooks/BeforeUserCreate.java",
      "good/com/acme/hooks/NormalizeEmail.java",
      "good/com/acme/hooks/AfterUserCreate.java",
      "good/com/acme/hooks/LegacyAudit.java",
      "good/com/acme/hooks/ProvisionWorkspace.java",
      "good/com/acme/hooks/SendWelcomeMail.java",
      "good/com/acme/hooks/AfterAdminUserCreate.java",
      "good/com/acme/hooks/BeforeLogin.java",
      "good/com/acme/hooks/TransformCustomUserData.java");

  /** A host catalog with a tagged event, a virtual event, timeouts: its record, filter and interface. */
  static final List<String> DESK_CATALOG = List.of(
      "good/com/acme/desk/Ticket.java",
      "good/com/acme/desk/UrgentFilter.java",
      "good/com/acme/desk/DeskHooks.java");

  /** A hooks package against the desk catalog that uses every policy. */
  static final List<String> DESK_HOOKS = List.of(
      "good/com/acme/desk/hooks/package-info.java",
      "good/com/acme/desk/hooks/BeforeTicketOpen.java",
      "good/com/acme/desk/hooks/TriageTicket.java",
      "good/com/acme/desk/hooks/BeforeUrgentTicketOpen.java",
      "good/com/acme/desk/hooks/AfterTicketOpen.java",
      "good/com/acme/desk/hooks/NotifyQueue.java",
      "good/com/acme/desk/hooks/TransformTicketView.java");

  /**
   * A hooks package against the desk catalog whose hooks take constructor dependencies (one of
   * them {@code @Disabled}), one hook without; {@code Mailer} is the application's service.
   */
  static final List<String> WIRED_DESK_HOOKS = List.of(
      "good/com/acme/desk/Mailer.java",
      "good/com/acme/desk/wired/package-info.java",
      "good/com/acme/desk/wired/BeforeTicketOpen.java",
      "good/com/acme/desk/wired/AfterTicketOpen.java",
      "good/com/acme/desk/wired/LegacyNotify.java",
      "good/com/acme/desk/wired/TransformTicketView.java");

  /** The desk catalog and the hooks package with dependencies, compiled together. */
  static List<String> wiredDesk() {
    List<String> all = new ArrayList<>(DESK_CATALOG);
    all.addAll(WIRED_DESK_HOOKS);
    return List.copyOf(all);
  }

  /** A host catalog of dynamic data (DataRecord, with its hand-written patch). */
  static final List<String> CMS_CATALOG = List.of("good/com/acme/cms/CmsHooks.java");

  /** A hooks package against the cms catalog. */
  static final List<String> CMS_HOOKS = List.of(
      "good/com/acme/cms/hooks/package-info.java",
      "good/com/acme/cms/hooks/BeforeRecordSave.java",
      "good/com/acme/cms/hooks/StampRecord.java",
      "good/com/acme/cms/hooks/AfterRecordSave.java",
      "good/com/acme/cms/hooks/TransformRecordView.java");

  /** The cms catalog and its hooks package, compiled together. */
  static List<String> cms() {
    List<String> all = new ArrayList<>(CMS_CATALOG);
    all.addAll(CMS_HOOKS);
    return List.copyOf(all);
  }

  /** The desk catalog and its hooks package, compiled together. */
  static List<String> desk() {
    List<String> all = new ArrayList<>(DESK_CATALOG);
    all.addAll(DESK_HOOKS);
    return List.copyOf(all);
  }
}
