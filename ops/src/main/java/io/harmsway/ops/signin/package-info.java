/**
 * Signing in: a program trades a user's password for a short-lived bearer token once
 * ({@code POST /api/tokens}), then sends the token with every request, so the password hash is
 * checked once per token rather than once per request. Tokens are random, kept in PostgreSQL only
 * as SHA-256 hashes (every node shares them; a token can be revoked at once). Failed sign-ins are
 * throttled per account and per client address, and logged.
 */
package io.harmsway.ops.signin;
