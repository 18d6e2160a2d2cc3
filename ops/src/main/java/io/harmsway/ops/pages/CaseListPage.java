package io.harmsway.ops.pages;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.security.UserDirectory.Member;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.sla.api.ClockView;
import io.harmsway.sla.api.ClocksOfCases;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * "My cases" for an investigator (the cases they hold), the team's cases for a supervisor, every
 * team's for an auditor: each with what is due next and by when, worst risk to the child first,
 * then the soonest due; overdue in red, warned in amber.
 */
@Controller
class CaseListPage {

    private static final List<String> RISK_ORDER = List.of("HIGH", "MEDIUM", "STANDARD");

    private final CaseReading reading;
    private final UserDirectory users;
    private final LondonTime time;
    private final Clock clock;

    CaseListPage(CaseReading reading, UserDirectory users, LondonTime time, Clock clock) {
        this.reading = reading;
        this.users = users;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String cases(Authentication user, Model model) {
        Member me = users.member(user.getName()).orElseThrow();
        boolean mine = me.role() == Role.INVESTIGATOR;
        List<CaseSummary> cases = reading.cases(user).stream()
                .filter(summary -> !mine || me.username().equals(summary.officer())).toList();
        Map<String, String> titles = reading.ruleTitles();
        Instant now = clock.instant();
        ClocksOfCases clocks = reading.clocks(cases.stream().map(CaseSummary::caseId).toList());
        List<CaseRow> rows = cases.stream().map(summary -> row(summary, clocks.of(summary.caseId()), titles, now))
                .sorted(Comparator.comparingInt((CaseRow row) -> risk(row.summary().riskGrade()))
                        .thenComparing(row -> row.next() == null ? Instant.MAX : row.next().due()))
                .toList();
        model.addAttribute("heading", mine ? "My cases" : me.role() == Role.AUDITOR ? "Cases" : "Team " + me.team() + "'s cases");
        model.addAttribute("rows", rows);
        model.addAttribute("mayOpen", me.role() == Role.INVESTIGATOR || me.role() == Role.SUPERVISOR);
        return "cases";
    }

    private CaseRow row(CaseSummary summary, List<ClockView> clocks, Map<String, String> titles, Instant now) {
        List<ClockView> open = clocks.stream().filter(c -> ClockStanding.of(c, now).open() && c.dueAt() != null)
                .sorted(Comparator.comparing(ClockView::dueAt)).toList();
        CaseRow.NextDue next = open.isEmpty() ? null : next(open.get(0), open.size() - 1, titles, now);
        return new CaseRow(summary, CasePage.title(summary), next);
    }

    private CaseRow.NextDue next(ClockView clock, int more, Map<String, String> titles, Instant now) {
        String what = titles.getOrDefault(clock.ruleId(), clock.ruleId()) + " (" + clock.subjectId() + ")";
        return new CaseRow.NextDue(what, clock.dueAt(), time.show(clock.dueAt()), time.iso(clock.dueAt()),
                ClockStanding.of(clock, now), more);
    }

    private static int risk(String grade) {
        int index = RISK_ORDER.indexOf(grade);
        return index < 0 ? RISK_ORDER.size() : index;
    }
}
