/** The {@code ./read-models} command line: a read model's rebuild, asked of the running application, with a progress bar. */
package io.harmsway.ops.processing.cli;
