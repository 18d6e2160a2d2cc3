package io.harmsway.ops.pages;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.query.api.CaseListQuery;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.query.api.CaseTimelineQuery;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.sla.api.CaseClocksQuery;
import io.harmsway.sla.api.ClockView;
import io.harmsway.sla.api.ClocksOfCases;
import io.harmsway.sla.api.ClocksOfCasesQuery;
import io.harmsway.sla.api.RuleCatalogueQuery;
import io.harmsway.sla.api.RuleView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the pages read, through the same query gateway and the same queries as the API's
 * controllers, and filtered by the same access rule: no read model of the pages' own.
 */
public class CaseReading {

    private final QueryGateway queries;
    private final CaseAccess access;
    private volatile Map<String, String> ruleTitles;

    public CaseReading(QueryGateway queries, CaseAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /** The case list as {@code GET /api/cases} answers it: the user's team's, an auditor's every team's. */
    public List<CaseSummary> cases(Authentication user) {
        List<CaseSummary> cases = queries.query(new CaseListQuery(access.listedTeam(user, null)),
                ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
        return access.readable(user, cases, CaseSummary::caseId);
    }

    /** One case's line of the list; the case has passed the access check. */
    public Optional<CaseSummary> summary(String caseId, String team) {
        return queries.query(new CaseListQuery(team), ResponseTypes.multipleInstancesOf(CaseSummary.class)).join()
                .stream().filter(summary -> summary.caseId().equals(caseId)).findFirst();
    }

    public List<TimelineEntry> timeline(String caseId) {
        return queries.query(new CaseTimelineQuery(caseId), ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .join();
    }

    public List<ClockView> clocks(String caseId) {
        return queries.query(new CaseClocksQuery(caseId), ResponseTypes.multipleInstancesOf(ClockView.class)).join();
    }

    /** The clocks of each of the cases, in one read (a list page, not one read per case). */
    public ClocksOfCases clocks(List<String> caseIds) {
        return queries.query(new ClocksOfCasesQuery(caseIds), ResponseTypes.instanceOf(ClocksOfCases.class)).join();
    }

    /**
     * Each rule's title by id (its newest version's). The catalogue is read from the rule files at
     * start-up and never changes while the application runs, so it is asked once.
     */
    public Map<String, String> ruleTitles() {
        Map<String, String> titles = ruleTitles;
        if (titles == null) {
            titles = queries.query(new RuleCatalogueQuery(), ResponseTypes.multipleInstancesOf(RuleView.class)).join()
                    .stream().collect(Collectors.toUnmodifiableMap(RuleView::id, RuleView::title, (older, newer) -> newer));
            ruleTitles = titles;
        }
        return titles;
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
