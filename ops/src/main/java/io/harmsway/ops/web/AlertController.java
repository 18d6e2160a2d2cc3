package io.harmsway.ops.web;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.OfficerAlertsQuery;
import io.harmsway.query.api.TeamAlertsQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The inboxes: a team's open delay alerts for its supervisors, and an investigator's own; worst risk to the child first. */
@RestController
public class AlertController {

    private final QueryGateway queries;
    private final CaseAccess access;

    public AlertController(QueryGateway queries, CaseAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /** The team in the path has passed the access check (supervisors their own, auditors any). */
    @GetMapping("/api/teams/{team}/alerts")
    List<DelayAlert> alerts(@PathVariable String team, Authentication user) {
        return access.readable(user, queries.query(new TeamAlertsQuery(team),
                ResponseTypes.multipleInstancesOf(DelayAlert.class)).join(), DelayAlert::caseId);
    }

    /** The investigator's question: what must I do next on my cases, and by when? */
    @GetMapping("/api/my/alerts")
    List<DelayAlert> myAlerts(Authentication user) {
        return access.readable(user, queries.query(new OfficerAlertsQuery(user.getName()),
                ResponseTypes.multipleInstancesOf(DelayAlert.class)).join(), DelayAlert::caseId);
    }
}
