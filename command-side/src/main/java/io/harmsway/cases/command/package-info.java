/**
 * The case aggregate: checks each command against what the case already knows, then applies
 * events. State changes only in event-sourcing handlers; "now" comes from the injected Clock.
 */
package io.harmsway.cases.command;
