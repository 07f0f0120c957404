/**
 * The demo auth service's hooks: Quickback's examples ported to Java. Every top-level class here
 * is a hook named after its event; Hookwire validates them at compile time and generates {@code
 * HookWiring} in this package. What they share (SQL, the trace) lives in {@code dev.hookwire.demo}.
 * The hooks that touch the database take its {@code DataSource} in their constructor: {@code
 * DemoServer} passes it once, with {@code HookDependencies.of(Map.of(DataSource.class, ..))}.
 *
 * <ul>
 *   <li>{@link BeforeUserCreate}: no disposable email domains; the name is stored trimmed.
 *   <li>{@link AfterUserCreate}: a personal workspace (organization + owner membership), {@code @Durable}:
 *       recorded with the sign-up, run by the outbox workers after commit; idempotent.
 *   <li>{@link AfterAdminUserCreate}: a welcome message in the outbox, for users an admin created.
 *   <li>{@link AfterSessionCreate}: the session's active organization.
 *   <li>{@link AfterLogin}: a slow backfill, under its own timeout.
 *   <li>{@link ResolveOauthContext} and {@link TransformCustomUserData}: the claims {@code GET /me}
 *       returns.
 * </ul>
 */
@HookPackage
package dev.hookwire.demo.hooks;

import dev.hookwire.annotations.HookPackage;
