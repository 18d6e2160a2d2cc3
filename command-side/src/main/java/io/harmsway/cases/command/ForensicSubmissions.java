package io.harmsway.cases.command;

import io.harmsway.cases.api.DigitalForensicResultReturned;
import io.harmsway.cases.api.DigitalForensicSubmissionSent;
import io.harmsway.cases.api.RecordDigitalForensicResult;
import io.harmsway.cases.api.RecordDigitalForensicSubmission;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The case's digital forensic submissions: a result answers a submission that was sent, once. */
class ForensicSubmissions {

    private final Set<String> awaitingResult = new HashSet<>();
    private final Set<String> returned = new HashSet<>();

    @CommandHandler
    void handle(RecordDigitalForensicSubmission command) {
        String reference = command.submissionReference();
        Require.text(reference, "submissionReference");
        Require.that(!awaitingResult.contains(reference) && !returned.contains(reference), "submissionReference",
                "submission '" + reference + "' was already sent");
        apply(new DigitalForensicSubmissionSent(command.caseId(), reference, command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordDigitalForensicResult command) {
        String reference = command.submissionReference();
        Require.text(reference, "submissionReference");
        Require.that(!returned.contains(reference), "submissionReference",
                "the result of submission '" + reference + "' was already returned");
        Require.that(awaitingResult.contains(reference), "submissionReference",
                "no submission '" + reference + "' was sent in this case");
        apply(new DigitalForensicResultReturned(command.caseId(), reference, command.occurredAt()));
    }

    @EventSourcingHandler
    void on(DigitalForensicSubmissionSent event) {
        awaitingResult.add(event.submissionReference());
    }

    @EventSourcingHandler
    void on(DigitalForensicResultReturned event) {
        awaitingResult.remove(event.submissionReference());
        returned.add(event.submissionReference());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForensicSubmissions that && awaitingResult.equals(that.awaitingResult)
                && returned.equals(that.returned);
    }

    @Override
    public int hashCode() {
        return Objects.hash(awaitingResult, returned);
    }
}
