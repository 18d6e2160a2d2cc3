package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/**
 * A strategy discussion was held with these agencies, and what it decided. {@code section47Enquiry}
 * says whether it decided that the local authority make a section 47 enquiry (revision 2; a
 * discussion stored before then is read as not having decided one, see
 * {@code StrategyDiscussionHeldUpcaster}).
 */
@Revision("2")
public record StrategyDiscussionHeld(String caseId,
                                     Set<Agency> agencies,
                                     boolean doctorPresent,
                                     String decision,
                                     boolean section47Enquiry,
                                     Instant occurredAt) implements CaseEvent {

    public StrategyDiscussionHeld {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }
}
