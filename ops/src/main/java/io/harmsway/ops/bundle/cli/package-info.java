/** The {@code ./audit verify-bundle}: checks a case bundle offline (the script hands this one command to it). */
package io.harmsway.ops.bundle.cli;
