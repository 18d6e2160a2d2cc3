/** The case record over HTTP and PostgreSQL: every action, corrections, late records, refusals. */
package io.harmsway.ops.caserecord;
