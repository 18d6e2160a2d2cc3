package io.harmsway.ops.web;

import io.harmsway.query.api.InboxCase;

import java.util.List;

/**
 * A supervisor's inbox: the team's cases with open warnings or breaches, worst risk to the child
 * first, then longest overdue; each names the officer who holds the case. {@code supervisors} are
 * the team's supervisors as the user directory knows them now, who must act on every case listed:
 * the read model knows cases, not people, so the web layer adds them.
 */
public record TeamInboxAnswer(String team, List<String> supervisors, List<InboxCase> cases) {
}
