package io.harmsway.ops.web;

import io.harmsway.ops.security.UserDirectory;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.OfficerAlertsQuery;
import io.harmsway.query.api.TeamAlertsQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The inboxes: a team's open delay alerts for its supervisors, and an investigator's own; worst risk to the child first. */
@RestController
public class AlertController {

    private final QueryGateway queries;
    private final UserDirectory users;

    public AlertController(QueryGateway queries, UserDirectory users) {
        this.queries = queries;
        this.users = users;
    }

    @GetMapping("/api/teams/{team}/alerts")
    List<DelayAlert> alerts(@PathVariable String team, Authentication user) {
        if (!users.maySeeTeam(user, team)) {
            throw new AccessDeniedException(user.getName() + " may not see the alerts of team " + team);
        }
        return queries.query(new TeamAlertsQuery(team), ResponseTypes.multipleInstancesOf(DelayAlert.class)).join();
    }

    /** The investigator's question: what must I do next on my cases, and by when? */
    @GetMapping("/api/my/alerts")
    List<DelayAlert> myAlerts(Authentication user) {
        return queries.query(new OfficerAlertsQuery(user.getName()), ResponseTypes.multipleInstancesOf(DelayAlert.class))
                .join();
    }
}
