package io.harmsway.ops.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.core.NestedExceptionUtils;

/**
 * Every failed event is parked (and a failed retry keeps it parked), with the failure as an
 * operator needs it: the innermost cause (PostgreSQL's own words, not the SQL around them), in
 * text the table can hold (no NUL, at most the column's length), and the number of attempts.
 */
final class StorableCause implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.enqueue(of(cause), failed -> failed.diagnostics().and(ATTEMPTS, attempts(failed) + 1));
    }

    static ThrowableCause of(Throwable failure) {
        Throwable innermost = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        String storable = message.replace('\0', '\uFFFD');
        return new ThrowableCause(innermost.getClass().getName(),
                storable.substring(0, Math.min(storable.length(), ThrowableCause.TRUNCATED_MESSAGE_SIZE)));
    }

    private static long attempts(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.longValue() : 0;
    }
}
