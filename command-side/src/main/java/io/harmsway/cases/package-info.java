/**
 * command-side, the case module: its messages in {@code api}, the aggregate in {@code command},
 * the upcasters in {@code upcasting}. {@link io.harmsway.cases.CaseConfiguration} is the one
 * class other modules may use besides the api: the application registers it with Axon.
 */
package io.harmsway.cases;
