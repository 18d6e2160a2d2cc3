/**
 * Who may do what. Users come from configuration (demo and test); each has one role and, for
 * investigators and supervisors, a team. A real deployment points Spring Security at its identity
 * provider instead and keeps the role and team rules.
 */
package io.harmsway.ops.security;
