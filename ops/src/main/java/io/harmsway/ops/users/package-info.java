/**
 * Users in PostgreSQL ({@code app_user}): role, team, positions (the addressees the rules name) and
 * whether they may sign in, passwords hashed with Spring Security's delegating encoder (BCrypt).
 * The users of {@code harmsway.users} are seeded at start-up; from then on administrators manage
 * them over {@code /api/admin/users}, and every change is kept in {@code user_change}.
 */
package io.harmsway.ops.users;
