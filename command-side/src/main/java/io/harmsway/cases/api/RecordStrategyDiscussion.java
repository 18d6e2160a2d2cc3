package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;

/** Records a strategy discussion: who took part, what was decided, and whether that was a section 47 enquiry. */
public record RecordStrategyDiscussion(@TargetAggregateIdentifier String caseId,
                                       Set<Agency> agencies,
                                       boolean doctorPresent,
                                       String decision,
                                       boolean section47Enquiry,
                                       Instant occurredAt) implements CaseCommand {

    public RecordStrategyDiscussion {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }

}
