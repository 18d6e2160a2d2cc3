/**
 * The audit module: the integrity of the event store. Every event, in global order, is sealed into
 * a hash chain and an RFC 9162 Merkle tree ({@code seal}, {@code tree}); the tree is signed with
 * Ed25519 at an interval and on demand, and each checkpoint exported outside the database
 * ({@code sign}, {@code checkpoint}); {@code verify} recomputes everything from the stored events
 * and names the first event that does not match; {@code proof} answers inclusion and consistency
 * proofs; {@code cli} is {@code ./audit}. Other modules use {@code api} and
 * {@link io.harmsway.audit.AuditConfiguration} only. See docs/audit.md.
 */
package io.harmsway.audit;
