package io.harmsway.ops.web;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.access.CaseAccess;
import io.harmsway.query.api.InspectionFilter;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Instant;

/**
 * The query parameters every inspection endpoint takes, bound from the request by name; a value
 * that does not parse is a 400 naming its parameter. {@link #filter} checks them against the user.
 */
public record InspectionParameters(
        @Parameter(description = "referred at or after (ISO instant; default a year before to)") Instant from,
        @Parameter(description = "referred before (ISO instant; default now)") Instant to,
        @Parameter(description = "the team holding the case now (auditors: any, default all; supervisors: their own)")
        String team,
        @Parameter(description = "only cases of this allegation") AllegationCategory allegation,
        @Parameter(description = "only cases of this risk grade") RiskGrade risk,
        @Parameter(description = "only files graded so") FileGrade grade) {

    InspectionFilter filter(Authentication user, CaseAccess access, Clock clock) {
        return InspectionPeriod.filter(from, to, team, allegation, risk, grade, user, access, clock);
    }
}
