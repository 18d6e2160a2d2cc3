package io.harmsway.ops.web;

import io.harmsway.query.api.BreachHistory;
import io.harmsway.query.api.OfficerWorkload;
import io.harmsway.query.api.OpenBreaches;

import java.time.Instant;
import java.util.List;

/**
 * A team's dashboard as of {@code asOf}: its open breaches by rule and by the officer who holds the
 * case now (as its inbox shows them), its breaches in each of the last {@code weeks} weeks and how
 * long they waited for acknowledgement (counted where each breach happened: the team and officer
 * that held the case when its deadline passed), and each officer's open cases and overdue clocks.
 */
public record TeamDashboard(String team, Instant asOf, int weeks, List<OpenBreaches.Tally> openBreachesByRule,
                            List<OpenBreaches.Tally> openBreachesByOfficer, List<BreachHistory.Week> breachesPerWeek,
                            BreachHistory.AcknowledgementTimes acknowledgement, List<OfficerWorkload> workload) {
}
