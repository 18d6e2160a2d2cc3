/**
 * Who may do what. Users come from configuration (demo and test); each has one role and, for
 * investigators and supervisors, a team. Programs sign in once for a bearer token (see
 * {@code io.harmsway.ops.signin}); the filter chains here accept only such tokens, answer every
 * 401 and 403 as a problem body, and log every 403 with who, what and when. A real deployment
 * points Spring Security at its identity provider instead and keeps the role and team rules.
 */
package io.harmsway.ops.security;
