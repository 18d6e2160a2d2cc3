package io.harmsway.ops.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;

/**
 * A command whose append found the case changed since this node last read it (another node appended
 * to it: this node's cached case was stale) is sent again at once, up to a bound. Axon evicts the
 * stale case from the cache when the append fails, so the retry reads the case afresh and judges the
 * command on it: refused if the other change made it wrong, recorded otherwise. Only when the bound
 * is spent does the caller see the conflict (409). Every other failure (a refusal, a bad request)
 * is answered at once, never retried.
 */
final class ConflictRetry implements RetryScheduler {

    private final int retries;

    ConflictRetry(int retries) {
        this.retries = retries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() > retries || !isConflict(lastFailure)) {
            return false;
        }
        dispatchTask.run();
        return true;
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
