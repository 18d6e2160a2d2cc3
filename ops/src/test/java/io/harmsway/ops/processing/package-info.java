/** Processors that never stall on one event: dead letters parked, listed, reported in health and retried. */
package io.harmsway.ops.processing;
