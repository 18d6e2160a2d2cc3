/** {@code ./audit}: verification and consistency checks from the command line, reaching PostgreSQL through the PG* variables. */
package io.harmsway.audit.cli;
