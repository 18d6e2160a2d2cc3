package io.harmsway.ops.access;

import io.harmsway.ops.security.UserDirectory.Member;

/**
 * A read of a case the access rule let through: who, the case and the team holding it, and the
 * reason stated (null if none); {@code brokeGlass} when it was another team's case, read with that reason.
 */
public record CaseReadGrant(Member reader, String caseId, String caseTeam, String reason, boolean brokeGlass) {
}
