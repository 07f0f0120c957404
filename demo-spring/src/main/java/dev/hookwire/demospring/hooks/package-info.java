/**
 * The Spring demo's hooks: the plain demo's ({@code dev.hookwire.demo.hooks}) ported to Spring
 * Security, each taking what it needs (the {@code JdbcTemplate}-backed beans, {@code HookTrace},
 * {@code DemoSettings}) by constructor from the application context. The starter wires the
 * generated {@code HookWiring}; Spring Security fires it.
 *
 * <ul>
 *   <li>{@link BeforeUserCreate}: no disposable email domains; the email (the username) stored in
 *       lower case. Its version 2, {@link BeforeUserCreateStrict}, ships dark: it also refuses
 *       sub-addressed emails; the console deploys it and rolls it back.
 *   <li>{@link AfterUserCreate}: a personal workspace, idempotent.
 *   <li>{@link AfterAdminUserCreate}: a welcome message in the outbox, for users an admin created.
 *   <li>{@link BeforeSessionCreate}: the session's active organization.
 *   <li>{@link AfterLogin}: a slow backfill under its own time limit.
 *   <li>{@link ResolveOauthContext} and {@link TransformCustomUserData}: the tenant and custom
 *       claims of every token.
 * </ul>
 */
@HookPackage
package dev.hookwire.demospring.hooks;

import dev.hookwire.annotations.HookPackage;
