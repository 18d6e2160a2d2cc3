/**
 * Hostile and careless input over real HTTP: refused at the edge with a problem naming the field,
 * nothing appended to the append-only store, and both processors still advancing afterwards.
 */
package io.harmsway.ops.input;
