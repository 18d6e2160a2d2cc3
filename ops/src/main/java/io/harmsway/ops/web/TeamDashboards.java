package io.harmsway.ops.web;

import io.harmsway.ops.web.validation.RefusedInput;
import io.harmsway.query.api.BreachHistory;
import io.harmsway.query.api.OfficerWorkload;
import io.harmsway.query.api.OpenBreaches;
import io.harmsway.query.api.TeamBreachHistoryQuery;
import io.harmsway.query.api.TeamOpenBreachesQuery;
import io.harmsway.query.api.TeamWorkloadQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Puts a team's dashboard together from three read-model families, each answering its own part
 * (open breaches from the alerts, the history from the breach history, workload from the case
 * list), asked at once. The API and the dashboard page both take it from here. The caller has
 * checked that the user may read the team.
 */
@Component
public class TeamDashboards {

    /** The history shown unless asked otherwise: two months of weeks. */
    public static final int DEFAULT_WEEKS = 8;
    /** A year of weeks: more is a report, not a dashboard. */
    public static final int MAX_WEEKS = 52;

    private final QueryGateway queries;
    private final Clock clock;

    public TeamDashboards(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public TeamDashboard of(String team, int weeks) {
        CompletableFuture<OpenBreaches> open = queries.query(new TeamOpenBreachesQuery(team),
                ResponseTypes.instanceOf(OpenBreaches.class));
        CompletableFuture<BreachHistory> history = queries.query(new TeamBreachHistoryQuery(team, weeks),
                ResponseTypes.instanceOf(BreachHistory.class));
        CompletableFuture<List<OfficerWorkload>> workload = queries.query(new TeamWorkloadQuery(team),
                ResponseTypes.multipleInstancesOf(OfficerWorkload.class));
        return new TeamDashboard(team, clock.instant(), weeks, open.join().byRule(), open.join().byOfficer(),
                history.join().weeks(), history.join().acknowledgement(), workload.join());
    }

    /** A whole number of weeks in range, or the default when none is asked; a refusal names {@code weeks}. */
    public static int weeks(String asked) {
        if (asked == null) {
            return DEFAULT_WEEKS;
        }
        String range = "a whole number of weeks from 1 to " + MAX_WEEKS;
        if (!asked.matches("\\d{1,3}")) {
            throw new RefusedInput("weeks", "must be " + range);
        }
        int weeks = Integer.parseInt(asked);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new RefusedInput("weeks", "is " + weeks + ": it must be " + range);
        }
        return weeks;
    }
}
