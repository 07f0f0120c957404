/**
 * Webhooks signed the Standard Webhooks way, delivered as durable targets of an {@link
 * dev.hookwire.outbox.Outbox} ({@link dev.hookwire.outbox.webhook.Webhooks}), and a {@link
 * dev.hookwire.outbox.webhook.WebhookVerifier} for receivers.
 */
package dev.hookwire.outbox.webhook;
