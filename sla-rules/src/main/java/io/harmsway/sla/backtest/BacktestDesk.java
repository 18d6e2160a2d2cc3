package io.harmsway.sla.backtest;

import io.harmsway.sla.api.BacktestQuery;
import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.api.RuleRejected;
import io.harmsway.sla.rules.RuleFileReader;
import io.harmsway.sla.rules.SlaRule;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Clock;
import java.util.List;

/** Answers backtest requests: reads the given rule text, then runs it over the history as of now. */
public class BacktestDesk {

    static final String REQUEST = "(request body)";

    private final RuleFileReader reader;
    private final Backtest backtest;
    private final History history;
    private final Clock clock;

    public BacktestDesk(RuleFileReader reader, Backtest backtest, History history, Clock clock) {
        this.reader = reader;
        this.backtest = backtest;
        this.history = history;
        this.clock = clock;
    }

    @QueryHandler
    public BacktestReport handle(BacktestQuery query) {
        return run(query.ruleYaml(), Progress.NONE);
    }

    public BacktestReport run(String ruleYaml, Progress progress) {
        if (ruleYaml == null || ruleYaml.isBlank()) {
            throw new RuleRejected(REQUEST, null, List.of(new RuleRejected.Fault("body", "must be the text of a rule file (YAML)")));
        }
        SlaRule rule = reader.read(REQUEST, ruleYaml);
        return backtest.run(rule, history, clock.instant(), progress);
    }
}
