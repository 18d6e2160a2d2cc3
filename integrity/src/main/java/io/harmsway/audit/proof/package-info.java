/** Inclusion and consistency proofs against checkpoints, computed from the stored seals. */
package io.harmsway.audit.proof;
