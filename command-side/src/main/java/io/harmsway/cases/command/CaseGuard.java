package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseCommand;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.ChildCommand;
import io.harmsway.cases.api.GradeCaseFile;
import io.harmsway.cases.api.SuspectCommand;

import java.time.Instant;
import java.util.Set;

/**
 * What every command on an existing case must pass before any part of the case handles it:
 * the case is open (a grading of the file excepted), the action is not in the future nor before the referral, and the child or
 * suspect it names belongs to the case.
 */
record CaseGuard(boolean closed, Instant referredAt, Set<String> childIds, Set<String> suspectIds) {

    void check(Object command, Instant receivedAt) {
        // A grading judges the file as it stands, which for an inspection is mostly a closed one.
        if (closed && !(command instanceof GradeCaseFile)) {
            throw new CaseRuleViolation("caseId", "the case is closed: nothing more can be recorded on it");
        }
        if (command instanceof CaseCommand action) {
            TimeGuard.notInFuture(action.occurredAt(), receivedAt);
            TimeGuard.notBefore(action.occurredAt(), referredAt, "the referral");
        }
        if (command instanceof ChildCommand child && !childIds.contains(child.childId())) {
            throw new CaseRuleViolation("childId", "no child '" + child.childId() + "' in this case");
        }
        if (command instanceof SuspectCommand suspect && !suspectIds.contains(suspect.suspectId())) {
            throw new CaseRuleViolation("suspectId",
                    "no suspect '" + suspect.suspectId() + "' has been identified in this case");
        }
    }
}
