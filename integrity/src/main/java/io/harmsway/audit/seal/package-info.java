/**
 * Sealing: every row of the event store, in global order, becomes a leaf of the hash chain and of
 * the Merkle tree, with its seal in {@code audit_seal} and, now and then, a signed tree head in
 * {@code audit_tree_head}. The sealer reads the store itself, in global index order, and waits at
 * a gap in the index until it is proven that no transaction can still fill it.
 */
package io.harmsway.audit.seal;
