/**
 * Before the application starts: make sure its PostgreSQL database exists, and when no
 * PostgreSQL answers, say so plainly with what to do, instead of a stack trace.
 */
package io.harmsway.ops.startup;
