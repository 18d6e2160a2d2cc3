package io.harmsway.ops.web;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.web.validation.RefusedInput;
import io.harmsway.query.api.InspectionFilter;
import org.springframework.security.core.Authentication;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The inspection endpoints' common parameters, checked: the period of referrals (default the
 * year to now), the team (auditors: any, or all; supervisors: their own only, by the one team
 * rule), allegation, risk and file grade; and the same parameters written back into a link.
 */
public final class InspectionPeriod {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    private static final Duration LONGEST_PERIOD = Duration.ofDays(366 * 10);

    private InspectionPeriod() {
    }

    public static InspectionFilter filter(Instant from, Instant to, String team, AllegationCategory allegation,
                                   RiskGrade risk, FileGrade grade, Authentication user, CaseAccess access,
                                   Clock clock) {
        Instant now = clock.instant();
        Instant until = to == null ? now : to;
        Instant since = from == null ? until.minus(DEFAULT_PERIOD) : from;
        if (!since.isBefore(until)) {
            throw new RefusedInput("from", "must be before to (" + until + ")");
        }
        if (Duration.between(since, until).compareTo(LONGEST_PERIOD) > 0) {
            throw new RefusedInput("from", "the period may be at most ten years long");
        }
        return new InspectionFilter(since, until, access.listedTeam(user, team), allegation, risk, grade, now);
    }

    /** The filter as query parameters, for a link to the cases behind a figure. */
    static UriComponentsBuilder link(String path, InspectionFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path)
                .queryParam("from", filter.from())
                .queryParam("to", filter.to());
        if (filter.team() != null) {
            link.queryParam("team", filter.team());
        }
        if (filter.allegation() != null) {
            link.queryParam("allegation", filter.allegation());
        }
        if (filter.risk() != null) {
            link.queryParam("risk", filter.risk());
        }
        if (filter.grade() != null) {
            link.queryParam("grade", filter.grade());
        }
        return link;
    }
}
