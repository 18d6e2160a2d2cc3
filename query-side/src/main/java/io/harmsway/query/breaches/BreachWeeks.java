package io.harmsway.query.breaches;

import io.harmsway.query.api.BreachHistory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last few weeks up to now, as a team counts them: Monday to Sunday in London, whatever the
 * server's zone, so a breach at 23:30 on a Sunday in summer (22:30 UTC) is that week's.
 */
record BreachWeeks(LocalDate firstMonday, int weeks) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static BreachWeeks endingAt(Instant now, int weeks) {
        LocalDate thisMonday = now.atZone(LONDON).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new BreachWeeks(thisMonday.minusWeeks(weeks - 1L), weeks);
    }

    Instant start() {
        return firstMonday.atStartOfDay(LONDON).toInstant();
    }

    /** Every week, oldest first, with the breaches whose deadline passed in it. */
    List<BreachHistory.Week> count(List<Breach> breaches) {
        Map<LocalDate, Integer> perWeek = new TreeMap<>();
        for (int week = 0; week < weeks; week++) {
            perWeek.put(firstMonday.plusWeeks(week), 0);
        }
        breaches.forEach(breach -> perWeek.computeIfPresent(mondayOf(breach.breachedAt()), (monday, count) -> count + 1));
        List<BreachHistory.Week> answer = new ArrayList<>();
        perWeek.forEach((monday, count) -> answer.add(new BreachHistory.Week(monday, count)));
        return answer;
    }

    private static LocalDate mondayOf(Instant moment) {
        return moment.atZone(LONDON).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
