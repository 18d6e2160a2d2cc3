/** The auditor's replay of a case over HTTP: as known at a moment, as it happened, what changed between two moments. */
package io.harmsway.ops.replay;
