package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.catalog.MailMessage;
import dev.hookwire.it.pocketbase.catalog.MailMessagePatch;

/** Verification mails to users carry the brand; their recipient is protected. */
@Tags("users")
public final class OnMailerBeforeRecordVerificationSend {
  public MailMessagePatch handle(MailMessage message) {
    return MailMessagePatch.of()
        .from("noreply@acme.example")
        .subject("[Acme] " + message.subject());
  }
}
