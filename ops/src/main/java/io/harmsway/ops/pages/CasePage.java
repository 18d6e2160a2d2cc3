package io.harmsway.ops.pages;

import io.harmsway.ops.access.CaseTeams;
import io.harmsway.ops.pages.forms.ActionForms;
import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.sla.api.ClockView;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A case: its facts, its timeline on a time axis (ECharts), its clocks with pause and resume, the
 * timeline as a list (MOJ timeline) with a filter (actions only, or with clocks and alerts), and the
 * actions that can be recorded. The access interceptor has checked the case and logs this read.
 */
@Controller
class CasePage {

    static final String ACTIONS_ONLY = "actions";

    private final CaseReading reading;
    private final CaseTeams teams;
    private final UserDirectory users;
    private final ActionForms forms;
    private final LondonTime time;
    private final Clock clock;

    CasePage(CaseReading reading, CaseTeams teams, UserDirectory users, ActionForms forms, LondonTime time, Clock clock) {
        this.reading = reading;
        this.teams = teams;
        this.users = users;
        this.forms = forms;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}")
    String show(@PathVariable String caseId, @RequestParam(required = false) String show,
                @RequestParam(required = false) String recorded, Authentication user, Model model) {
        String team = teams.teamOf(caseId).orElseThrow(() -> new AggregateNotFoundException(caseId, "no case " + caseId));
        CaseSummary summary = reading.summary(caseId, team).orElse(null);
        List<TimelineEntry> timeline = reading.timeline(caseId);
        List<ClockView> clocks = reading.clocks(caseId).stream()
                .sorted(Comparator.comparing(ClockView::startedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<String, String> titles = reading.ruleTitles();
        Instant now = clock.instant();
        boolean actionsOnly = ACTIONS_ONLY.equals(show);
        Role role = users.member(user.getName()).orElseThrow().role();
        model.addAttribute("caseId", caseId);
        model.addAttribute("summary", summary);
        model.addAttribute("caseTitle", summary == null ? "Case " + caseId : title(summary));
        model.addAttribute("team", team);
        model.addAttribute("chart", TimelineChart.json(timeline, clocks, titles, now, time));
        model.addAttribute("clocks", clocks.stream().map(c -> ClockRow.of(c, titles, now, time)).toList());
        model.addAttribute("items", timeline.stream().filter(entry -> !actionsOnly || TimelineItem.isAction(entry))
                .map(entry -> TimelineItem.of(entry, time)).toList());
        model.addAttribute("actionsOnly", actionsOnly);
        model.addAttribute("records", role == Role.INVESTIGATOR || role == Role.SUPERVISOR);
        model.addAttribute("forms", forms.all());
        model.addAttribute("recorded", recorded == null ? null : forms.named(recorded).map(f -> f.title()).orElse(null));
        return "case";
    }

    /** "Sexual abuse, referred 1 December 2026". */
    static String title(CaseSummary summary) {
        String allegation = summary.allegation() == null ? "Case"
                : summary.allegation().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(allegation.charAt(0)) + allegation.substring(1) + ", referred "
                + LondonTime.day(summary.referredAt());
    }

    /** A line of the clocks table. */
    record ClockRow(String clockId, String what, String agency, String started, String due, ClockStanding standing,
                    String pauseReason, boolean mayPause, boolean mayResume) {

        static ClockRow of(ClockView clock, Map<String, String> titles, Instant now, LondonTime time) {
            ClockStanding standing = ClockStanding.of(clock, now);
            return new ClockRow(clock.clockId(), titles.getOrDefault(clock.ruleId(), clock.ruleId()) + " ("
                    + clock.subjectId() + ")", clock.agency() == null ? "" : clock.agency().replace('_', ' ')
                    .toLowerCase(Locale.UK), time.show(clock.startedAt()), time.show(clock.dueAt()), standing,
                    clock.pauseReason(), standing == ClockStanding.RUNNING || standing == ClockStanding.WARNING,
                    standing == ClockStanding.PAUSED);
        }
    }
}
