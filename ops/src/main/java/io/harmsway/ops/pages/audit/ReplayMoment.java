package io.harmsway.ops.pages.audit;

import io.harmsway.ops.pages.LondonTime;

import java.time.Instant;
import java.util.Optional;

/**
 * The moment the auditor asked for, as typed into the page's date and time fields (London time):
 * none typed means now; a moment in the future is refused, as the API refuses it, since nothing is
 * known of it yet.
 */
record ReplayMoment(Instant at, String problem, boolean ambiguous, Fields fields) {

    /** What was typed, to show again. */
    record Fields(String day, String month, String year, String time) {
    }

    static ReplayMoment read(Fields typed, LondonTime.Pass pass, LondonTime time, Instant now) {
        if (blank(typed.day()) && blank(typed.month()) && blank(typed.year()) && blank(typed.time())) {
            var shown = now.atZone(LondonTime.LONDON);
            return new ReplayMoment(now, null, false, new Fields(String.valueOf(shown.getDayOfMonth()),
                    String.valueOf(shown.getMonthValue()), String.valueOf(shown.getYear()),
                    String.format("%02d:%02d", shown.getHour(), shown.getMinute())));
        }
        LondonTime.Reading reading = time.read(typed.day(), typed.month(), typed.year(), typed.time(), pass);
        Optional<Instant> at = reading.instant();
        if (at.isEmpty()) {
            return new ReplayMoment(now, capitalised(reading.problem()), reading.ambiguous(), typed);
        }
        if (at.get().isAfter(now)) {
            return new ReplayMoment(now, "The date and time are in the future: nothing is known of them yet", false,
                    typed);
        }
        return new ReplayMoment(at.get(), null, false, typed);
    }

    private static String capitalised(String problem) {
        return problem.isEmpty() ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
