/**
 * Verification: the store read again in global order, every leaf, the chain and the tree
 * recomputed, and held against the stored seals (which locate a change exactly) and against every
 * signed head (which the seals cannot be rewritten past: only the key holder signs them).
 */
package io.harmsway.audit.verify;
