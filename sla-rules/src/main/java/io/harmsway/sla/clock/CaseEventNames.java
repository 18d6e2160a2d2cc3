package io.harmsway.sla.clock;

import java.util.Set;

/**
 * The case events the keeper itself understands, beyond what rules say: they change the facts
 * clocks depend on (team, officer, risk) or correct the time of an earlier action.
 */
final class CaseEventNames {

    static final String REFERRAL_RECEIVED = "ReferralReceived";
    static final String RISK_ASSESSED = "RiskAssessed";
    static final String CASE_TRANSFERRED = "CaseTransferred";
    static final String ENTRY_CORRECTED = "EntryCorrected";
    static final String STRATEGY_DISCUSSION_HELD = "StrategyDiscussionHeld";
    static final String SECTION_47_ENQUIRY_CONCLUDED = "Section47EnquiryConcluded";

    /** Every one of them: each must be interpreted whatever the rules name. */
    static final Set<String> ALL = Set.of(REFERRAL_RECEIVED, RISK_ASSESSED, CASE_TRANSFERRED, ENTRY_CORRECTED,
            STRATEGY_DISCUSSION_HELD, SECTION_47_ENQUIRY_CONCLUDED);

    private CaseEventNames() {
    }
}
