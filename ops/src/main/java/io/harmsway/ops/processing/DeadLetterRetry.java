package io.harmsway.ops.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Retries parked cases through the processing group's own dead-letter processor: the same
 * handlers as the processor, each parked event in order, each a unit of work on a savepoint. A
 * case whose first event fails again stays parked, its attempt counted; one that succeeds is
 * applied to its end, including events that arrived behind it meanwhile.
 */
public class DeadLetterRetry {

    private final EventProcessingConfiguration processing;
    private final ParkedSequences parked;

    public DeadLetterRetry(EventProcessingConfiguration processing, ParkedSequences parked) {
        this.processing = processing;
        this.parked = parked;
    }

    /** Whether the group parks events at all (a streaming processing group of this application). */
    public boolean knows(String group) {
        return processor(group).isPresent();
    }

    public RetryReport retry(String group, List<ParkedSequence> sequences) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(group)
                .orElseThrow(() -> new IllegalArgumentException("no processing group " + group));
        List<String> completed = new ArrayList<>();
        List<String> stillParked = new ArrayList<>();
        for (ParkedSequence sequence : sequences) {
            // The processor offers the first letter of each parked case: take the one named.
            processor.process(letter -> letter.message().getIdentifier().equals(sequence.eventId()));
            (parked.of(group, sequence.caseId()).isPresent() ? stillParked : completed).add(sequence.caseId());
        }
        return new RetryReport(group, completed, stillParked);
    }

    private Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group);
    }
}
