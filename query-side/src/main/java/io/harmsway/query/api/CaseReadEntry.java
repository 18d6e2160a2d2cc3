package io.harmsway.query.api;

import java.time.Instant;

/**
 * One read of a case in its access log: who ({@code reader}, with role and team), when, what
 * (the request), from where (the client address), and the reason stated; {@code brokeGlass} says it
 * was another team's case ({@code caseTeam}), read with a reason.
 */
public record CaseReadEntry(String eventId, String caseId, String reader, String readerRole, String readerTeam,
                            String caseTeam, String what, String address, String reason, boolean brokeGlass,
                            Instant at) {
}
