package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.Journal;
import dev.hookwire.it.pocketbase.catalog.MailMessage;
import dev.hookwire.runtime.HookContext;

/** Every verification mail sent is journaled. */
public final class OnMailerAfterRecordVerificationSend {
  public void handle(MailMessage message, HookContext ctx) {
    ctx.service(Journal.class).add("mailed " + message.to() + ": " + message.subject());
  }
}
