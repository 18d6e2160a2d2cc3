package io.harmsway.query.replay;

import io.harmsway.query.api.CaseAsItHappened;
import io.harmsway.query.api.CaseAsItHappenedQuery;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.CaseAsKnownQuery;
import io.harmsway.query.api.CaseChanges;
import io.harmsway.query.api.CaseChangesQuery;
import io.harmsway.query.timeline.TimelineLines;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Clock;
import java.time.Duration;

/**
 * Answers the replay queries. Each reads the case's stored events once (one indexed query) and
 * replays them in memory: nothing is kept between requests, so any moment can be asked for.
 */
public class CaseReplayDesk {

    private final CaseEventLog log;
    private final TimelineLines timeline;
    private final AsItHappened asItHappened;
    private final Clock clock;

    public CaseReplayDesk(CaseEventLog log, TimelineLines timeline, Duration lateThreshold, Clock clock) {
        this.log = log;
        this.timeline = timeline;
        this.asItHappened = new AsItHappened(timeline, lateThreshold);
        this.clock = clock;
    }

    @QueryHandler
    public CaseAsKnown handle(CaseAsKnownQuery query) {
        return KnownRecord.at(query.at(), log.of(query.caseId()), timeline).asKnown(query.caseId());
    }

    @QueryHandler
    public CaseAsItHappened handle(CaseAsItHappenedQuery query) {
        return asItHappened.of(query.caseId(), KnownRecord.at(clock.instant(), log.of(query.caseId()), timeline));
    }

    @QueryHandler
    public CaseChanges handle(CaseChangesQuery query) {
        return ChangesBetween.of(query.caseId(), query.from(),
                KnownRecord.at(query.to(), log.of(query.caseId()), timeline));
    }
}
