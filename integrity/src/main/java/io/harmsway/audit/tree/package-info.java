/**
 * The Merkle tree of RFC 9162 over the leaf hashes: the compact frontier a sealer keeps (the roots
 * of the perfect subtrees that make up the tree, from which its root follows), and the inclusion
 * and consistency proofs, computed in one pass over the stored leaf hashes.
 */
package io.harmsway.audit.tree;
