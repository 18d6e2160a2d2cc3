package io.harmsway.ops.access;

import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps {@link CaseTeams} as the events happen. Its processor is a subscribing one (see
 * {@link AccessConfiguration}): it runs while the event is being appended, in the same transaction,
 * so the team a case has here is committed with the referral or transfer that gave it, and a
 * failure here refuses the command itself. No streaming processor's lag can open a moment when
 * the old team still passes or the new one is refused.
 */
@ProcessingGroup(CaseTeamRecorder.GROUP)
class CaseTeamRecorder {

    static final String GROUP = "case-access";

    private final CaseTeams teams;

    CaseTeamRecorder(CaseTeams teams) {
        this.teams = teams;
    }

    @EventHandler
    void on(ReferralReceived event) {
        teams.opened(event.caseId(), event.team());
    }

    @EventHandler
    void on(CaseTransferred event) {
        teams.transferred(event.caseId(), event.toTeam());
    }

}
