package io.harmsway.ops.web;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.query.api.InboxCase;
import io.harmsway.query.api.TeamInboxQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A team's inbox as its supervisors read it, for the API and the inbox page alike: the read model's
 * rows the user may read, each naming the team's supervisors now. The caller has checked the team.
 */
@Component
public class TeamInboxes {

    private final QueryGateway queries;
    private final CaseAccess access;
    private final UserDirectory users;

    public TeamInboxes(QueryGateway queries, CaseAccess access, UserDirectory users) {
        this.queries = queries;
        this.access = access;
        this.users = users;
    }

    public TeamInboxAnswer of(String team, Authentication user) {
        List<InboxCase> cases = queries.query(new TeamInboxQuery(team),
                ResponseTypes.multipleInstancesOf(InboxCase.class)).join();
        List<String> supervisors = users.supervisorsOf(team);
        return new TeamInboxAnswer(team, supervisors, access.readable(user, cases, InboxCase::caseId).stream()
                .map(row -> row.withSupervisors(supervisors)).toList());
    }
}
