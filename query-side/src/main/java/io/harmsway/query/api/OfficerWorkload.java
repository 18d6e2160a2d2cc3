package io.harmsway.query.api;

/**
 * The open cases an officer holds, their running clocks, and how many of those are overdue (breached
 * and still running, a partner's included). {@code officer} is null for cases held by nobody.
 */
public record OfficerWorkload(String officer, int openCases, int openClocks, int overdueClocks) {
}
