/** The integrity of the record over HTTP and PostgreSQL: sealing, checkpoints, verification, proofs, and an attacker who is the database superuser. */
package io.harmsway.ops.audit;
