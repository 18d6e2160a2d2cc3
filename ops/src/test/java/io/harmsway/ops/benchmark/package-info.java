/**
 * Benchmarks: commands of their own (see {@code bench/} and {@code docs/benchmarks.md}), never part
 * of the test suite. Each measures a figure of the product against what the same machine does
 * without the product, in the same run, because the machines they run on are shared and noisy.
 */
package io.harmsway.ops.benchmark;
