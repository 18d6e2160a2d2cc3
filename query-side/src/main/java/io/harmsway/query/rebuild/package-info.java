/**
 * Rebuilding a read model beside the copy being served (blue/green by schema): its handlers replay
 * the store into copies of its tables in schema {@code read_model_rebuild}, its processor runs on
 * meanwhile; then the processor stops, the last events are applied, the copy replaces the served
 * rows in one transaction with the processor's token set to where the copy stands, and it starts.
 */
package io.harmsway.query.rebuild;
