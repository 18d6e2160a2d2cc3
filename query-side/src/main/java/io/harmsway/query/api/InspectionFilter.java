package io.harmsway.query.api;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.RiskGrade;

import java.time.Instant;

/**
 * Which cases the inspection figures are about: referred in [{@code from}, {@code to}), held now
 * by {@code team} (null: every team), with this allegation, current risk grade and file grade
 * (null: any). {@code asOf} is the moment open clocks are judged at (now).
 */
public record InspectionFilter(Instant from, Instant to, String team, AllegationCategory allegation, RiskGrade risk,
                               FileGrade grade, Instant asOf) {
}
