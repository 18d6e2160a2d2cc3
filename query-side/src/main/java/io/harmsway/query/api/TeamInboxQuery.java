package io.harmsway.query.api;

/**
 * A team's open alerts as its supervisor reads them: one {@link InboxCase} per case, worst risk to
 * the child first, then the case whose oldest open alert is longest overdue.
 */
public record TeamInboxQuery(String team) {
}
