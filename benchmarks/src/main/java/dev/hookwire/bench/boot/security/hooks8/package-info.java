/**
 * The security benchmark's 8 hooks, one on each auth event: a form login runs four of them
 * (before-login, before-session-create, after-session-create, after-login), a client-credentials
 * token request one (resolve-oauth-context). Each does a trivial piece of work through {@link
 * dev.hookwire.bench.boot.security.LoginCounter}, a bean it takes by constructor.
 */
@HookPackage
package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.annotations.HookPackage;
