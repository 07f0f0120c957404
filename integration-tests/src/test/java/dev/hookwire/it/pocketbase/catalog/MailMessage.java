package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * PocketBase's {@code MailerRecordEvent} and {@code MailerAdminEvent}: an email about to be (or
 * just) sent to an auth record or an admin. A before-hook may change the sender, the subject and
 * the body; whom it goes to is not its to change.
 *
 * @param collection the recipient's collection ({@code _admins} for an admin)
 * @param recordId the recipient's id
 * @param to the recipient's address
 * @param from the sender's address
 * @param subject the subject
 * @param html the body
 */
@Patchable
public record MailMessage(
    @Protected String collection,
    @Protected String recordId,
    @Protected String to,
    String from,
    String subject,
    String html) {}
