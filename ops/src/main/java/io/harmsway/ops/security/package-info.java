/**
 * Who may do what. Users are in the database (see {@code io.harmsway.ops.users}); each has one role
 * and, for investigators and supervisors, a team. Programs sign in once for a bearer token (see
 * {@code io.harmsway.ops.signin}), or bring a force's identity provider's JWT; the filter chains
 * here accept only such tokens, answer every 401 and 403 as a problem body, and log every 403 with
 * who, what and when.
 */
package io.harmsway.ops.security;
