package io.harmsway.query.api;

/** The auditor's notices: every read that broke the glass, newest first (at most the latest 1,000). */
public record AccessNoticesQuery() {
}
