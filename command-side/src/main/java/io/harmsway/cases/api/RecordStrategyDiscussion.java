package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;

/** Records a strategy discussion: who took part and what was decided. */
public record RecordStrategyDiscussion(@TargetAggregateIdentifier String caseId,
                                       Set<Agency> agencies,
                                       boolean doctorPresent,
                                       String decision,
                                       Instant occurredAt) implements CaseCommand {

    public RecordStrategyDiscussion {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }

}
