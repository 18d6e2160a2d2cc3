package io.harmsway.ops.benchmark;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock Axon way to raise an overdue clock, for comparison only: an aggregate per clock and a
 * deadline per clock, whose handler applies an event. Not part of the product.
 */
public class OverdueClock {

    static final String DEADLINE = "clock-due";

    @AggregateIdentifier
    private String clockId;

    protected OverdueClock() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public OverdueClock(Open command) {
        apply(new Opened(command.clockId()));
    }

    @EventSourcingHandler
    void on(Opened event) {
        clockId = event.clockId();
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void raise() {
        apply(new Raised(clockId));
    }

    /** Opens the clock. */
    public record Open(@TargetAggregateIdentifier String clockId) {
    }

    /** The clock was opened. */
    public record Opened(String clockId) {
    }

    /** The clock's deadline passed and it was raised. */
    public record Raised(String clockId) {
    }
}
