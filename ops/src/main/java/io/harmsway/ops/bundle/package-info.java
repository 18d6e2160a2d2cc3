/**
 * The case bundle (docs/audit.md, "Case bundle"): a case exported for disclosure or review, its stored
 * events and reads proven against a signed checkpoint, with the replays read from them; and the
 * verifier that checks a bundle offline with nothing but the public key.
 */
package io.harmsway.ops.bundle;
