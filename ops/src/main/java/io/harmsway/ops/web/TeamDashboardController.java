package io.harmsway.ops.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's dashboard figures, for its supervisors and auditors (the team in the path has passed the access check). */
@RestController
public class TeamDashboardController {

    private final TeamDashboards dashboards;

    public TeamDashboardController(TeamDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/teams/{team}/dashboard")
    @Operation(summary = "The team's open breaches by rule and by officer, breaches per week, time from breach to"
            + " acknowledgement, and each officer's open cases and overdue clocks")
    TeamDashboard dashboard(@PathVariable String team,
                            @Parameter(description = "how many weeks of history, this week included: 1 to "
                                    + TeamDashboards.MAX_WEEKS + ", default " + TeamDashboards.DEFAULT_WEEKS)
                            @RequestParam(required = false) String weeks) {
        return dashboards.of(team, TeamDashboards.weeks(weeks));
    }
}
