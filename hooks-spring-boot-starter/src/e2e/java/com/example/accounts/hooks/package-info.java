/**
 * The accounts service's hooks of the built-in auth catalog: each takes what it needs by
 * constructor ({@code JdbcTemplate}, the service's {@code Workspaces}) or from the request's
 * {@code HookContext} ({@code ctx.service(AuditLog.class)}, found among the application's beans).
 */
@HookPackage
package com.example.accounts.hooks;

import dev.hookwire.annotations.HookPackage;
