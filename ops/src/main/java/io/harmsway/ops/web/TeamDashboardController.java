package io.harmsway.ops.web;

import io.harmsway.ops.web.validation.RefusedInput;
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
        return dashboards.of(team, weeks(weeks));
    }

    /** A whole number of weeks in range, or the default when none is asked; a refusal names {@code weeks}. */
    static int weeks(String asked) {
        if (asked == null) {
            return TeamDashboards.DEFAULT_WEEKS;
        }
        String range = "a whole number of weeks from 1 to " + TeamDashboards.MAX_WEEKS;
        if (!asked.matches("\\d{1,3}")) {
            throw new RefusedInput("weeks", "must be " + range);
        }
        int weeks = Integer.parseInt(asked);
        if (weeks < 1 || weeks > TeamDashboards.MAX_WEEKS) {
            throw new RefusedInput("weeks", "is " + weeks + ": it must be " + range);
        }
        return weeks;
    }
}
