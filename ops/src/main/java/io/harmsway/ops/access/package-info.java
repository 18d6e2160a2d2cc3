/**
 * Team access: the one rule every read and write of a case, its clocks and its alerts passes
 * ({@link io.harmsway.ops.access.AccessRule}: investigators and supervisors their own team's
 * cases, auditors every team's, read only), checked at one point for every HTTP request that
 * names a case, a clock or a team ({@link io.harmsway.ops.access.AccessInterceptor}), against a
 * case-team table written in the same transaction as the events that change it, so a case just
 * opened or transferred is its new team's the moment the request that did it has answered.
 */
package io.harmsway.ops.access;
