/**
 * The case's messages: commands (imperatives), events (past-tense facts) and the refusal a
 * command can meet. Other modules may use this package (with its {@code format} sub-package)
 * and nothing else of command-side, but for the application registering
 * {@link io.harmsway.cases.CaseConfiguration}.
 * Every event carries {@code occurredAt}, the time the action happened in the world as the
 * officer states it; the time it was recorded is the event message's timestamp and the
 * acting user is in the event's metadata under {@link CaseMetadata#ACTOR}.
 */
package io.harmsway.cases.api;
