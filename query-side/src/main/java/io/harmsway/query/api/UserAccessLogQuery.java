package io.harmsway.query.api;

/** Which cases a user read, newest first (at most the latest 1,000). */
public record UserAccessLogQuery(String user) {
}
