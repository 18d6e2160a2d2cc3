package io.harmsway.ops.pages.team;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.web.TeamDashboard;
import io.harmsway.ops.web.TeamDashboards;
import io.harmsway.ops.web.validation.RefusedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The team dashboard page: the API's figures ({@link TeamDashboards}, as
 * {@code GET /api/teams/{team}/dashboard}) drawn as ECharts charts, each above the table of its
 * figures. A number of weeks the API would refuse is shown as GOV.UK's error summary, with the
 * default weeks' figures. The team in the path has passed the access check.
 */
@Controller
class TeamDashboardPage {

    /** The choices the page offers; the API takes any number from 1 to 52. */
    static final List<Integer> WEEK_CHOICES = List.of(4, 8, 13, 26, 52);

    private final TeamDashboards dashboards;
    private final LondonTime time;

    TeamDashboardPage(TeamDashboards dashboards, LondonTime time) {
        this.dashboards = dashboards;
        this.time = time;
    }

    @GetMapping("/teams/{team}/dashboard")
    String page(@PathVariable String team, @RequestParam(required = false) String weeks, Model model) {
        int shown = TeamDashboards.DEFAULT_WEEKS;
        try {
            shown = TeamDashboards.weeks(weeks);
        } catch (RefusedInput refused) {
            model.addAttribute("problem", "The number of weeks " + refused.problem());
        }
        TeamDashboard dashboard = dashboards.of(team, shown);
        model.addAttribute("dashboard", DashboardView.of(dashboard, time.show(dashboard.asOf())));
        model.addAttribute("weekChoices", WEEK_CHOICES);
        return "team-dashboard";
    }
}
