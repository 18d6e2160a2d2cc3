package io.harmsway.sla.backtest;

import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.clock.CaseEventInterpreter;
import io.harmsway.sla.clock.ClockBook;
import io.harmsway.sla.clock.ClockMachine;
import io.harmsway.sla.rules.RuleCatalogue;

import java.util.HashSet;
import java.util.Set;

/**
 * Recorded history fed, page by page and in the order it was recorded, through the interpreter the
 * live keeper uses, with case facts in memory and the given clocks. Clock events in the history
 * are the live system's own output and are passed over.
 */
public final class Replay {

    private final CaseEventInterpreter interpreter;
    private final Set<String> casesSeen = new HashSet<>();

    public Replay(RuleCatalogue rules, ClockMachine machine, ClockBook clocks) {
        this.interpreter = new CaseEventInterpreter(rules, machine, new SimulatedCases(), clocks);
    }

    /** Replays the whole history; answers the number of stored events read. */
    public long over(History history, Progress progress) {
        long total = history.lastIndex();
        long[] read = {0};
        long rows = history.readAll(page -> {
            for (RecordedEvent recorded : page) {
                if (!(recorded.event() instanceof ClockEvent)) {
                    casesSeen.add(recorded.event().caseId());
                    interpreter.interpret(recorded.event(), recorded.eventId(), null);
                }
                read[0] = recorded.globalIndex();
            }
            progress.advanced(read[0], total);
        });
        progress.advanced(total, total);
        return rows;
    }

    /** How many cases the history's case events named. */
    public int casesSeen() {
        return casesSeen.size();
    }
}
