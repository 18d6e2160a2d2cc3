/**
 * What the audit module publishes: the signed checkpoint and its exact signed text, the leaf of an
 * event (its canonical bytes, so an outside verifier recomputes them), the RFC 9162 hashing and the
 * checks of inclusion and consistency proofs, the verification report, and the three services the
 * application offers on them ({@link io.harmsway.audit.api.Checkpoints},
 * {@link io.harmsway.audit.api.StoreVerification}, {@link io.harmsway.audit.api.Proofs}). Plain
 * Java: a bundle verifier checks proofs with nothing but these classes and the public key.
 */
package io.harmsway.audit.api;
