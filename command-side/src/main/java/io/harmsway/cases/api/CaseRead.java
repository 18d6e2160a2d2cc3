package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone read a case: its timeline, its clocks, a replay, its access log or an export
 * ({@code what}: the request), from {@code address}, at {@code at}. {@code reason} is the reason
 * stated for the read, required when the reader broke the glass ({@code brokeGlass}: another team's
 * case, read by a role a deployment allows to); {@code caseTeam} is the team holding the case then.
 * Stored in the event store like every other event, so the log of who looked is append-only and
 * sealed with the rest. Not a {@link CaseEvent}: a read changes nothing in the case, so no
 * projection of the case and no clock takes it.
 */
@Revision("1")
public record CaseRead(String caseId, String reader, String readerRole, String readerTeam, String caseTeam,
                       String what, String address, String reason, boolean brokeGlass, Instant at) {
}
