package io.harmsway.ops.web;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.OfficerAlertsQuery;
import io.harmsway.query.api.TeamAlertsQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inboxes, worst risk to the child first: a team's, by case for its supervisors and one line per
 * clock; and an investigator's own. Every row and every alert names the officer who holds the case
 * and the supervisors of its team who must act, as they are now (after a transfer, the new ones).
 */
@RestController
public class AlertController {

    private final QueryGateway queries;
    private final CaseAccess access;
    private final UserDirectory users;
    private final TeamInboxes inboxes;

    public AlertController(QueryGateway queries, CaseAccess access, UserDirectory users, TeamInboxes inboxes) {
        this.queries = queries;
        this.access = access;
        this.users = users;
        this.inboxes = inboxes;
    }

    /**
     * The supervisor's inbox: one row per case. The team in the path has passed the access check
     * (supervisors their own, auditors any).
     */
    @GetMapping("/api/teams/{team}/inbox")
    TeamInboxAnswer inbox(@PathVariable String team, Authentication user) {
        return inboxes.of(team, user);
    }

    /** Every open alert of the team, one per clock. The team in the path has passed the access check. */
    @GetMapping("/api/teams/{team}/alerts")
    List<DelayAlert> alerts(@PathVariable String team, Authentication user) {
        return owned(access.readable(user, queries.query(new TeamAlertsQuery(team),
                ResponseTypes.multipleInstancesOf(DelayAlert.class)).join(), DelayAlert::caseId));
    }

    /** The investigator's question: what must I do next on my cases, and by when? */
    @GetMapping("/api/my/alerts")
    List<DelayAlert> myAlerts(Authentication user) {
        return owned(access.readable(user, queries.query(new OfficerAlertsQuery(user.getName()),
                ResponseTypes.multipleInstancesOf(DelayAlert.class)).join(), DelayAlert::caseId));
    }

    /**
     * Every alert names, beside the officer who holds the case, the supervisors of its team now: looked
     * up once per team, not once per alert (a team's thousands of alerts were as many user queries).
     */
    private List<DelayAlert> owned(List<DelayAlert> alerts) {
        Map<String, List<String>> supervisors = new HashMap<>();
        return alerts.stream().map(alert -> alert.withSupervisors(
                supervisors.computeIfAbsent(alert.team(), users::supervisorsOf))).toList();
    }
}
