/**
 * Checkpoints: the sealed tree signed at an interval (a Quartz job) and on demand, stored, and
 * exported as JSON to a directory and to the log, so that a copy lives outside the database.
 */
package io.harmsway.audit.checkpoint;
