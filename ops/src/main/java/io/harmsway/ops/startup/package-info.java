/**
 * Before the application starts: make sure its PostgreSQL database and roles exist, and when no
 * PostgreSQL answers, say so plainly with what to do, instead of a stack trace; and as it starts,
 * refuse a database role that could rewrite history (see docs/database-roles.md).
 */
package io.harmsway.ops.startup;
