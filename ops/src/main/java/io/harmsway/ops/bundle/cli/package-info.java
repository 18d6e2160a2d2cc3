/** The {@code ./auditor} command line: checks a case bundle offline. */
package io.harmsway.ops.bundle.cli;
