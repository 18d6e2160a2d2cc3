package io.harmsway.ops.pages.team;

import java.time.Duration;

/** A stretch of time in the two largest units a reader needs: "3 days 4 hours", "2 hours 5 minutes", "under a minute". */
final class Elapsed {

    private Elapsed() {
    }

    static String words(Duration duration) {
        Duration length = duration.abs();
        long days = length.toDays();
        int hours = length.toHoursPart();
        int minutes = length.toMinutesPart();
        if (days > 0) {
            return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
        }
        if (hours > 0) {
            return count(hours, "hour") + (minutes > 0 ? " " + count(minutes, "minute") : "");
        }
        return minutes > 0 ? count(minutes, "minute") : "under a minute";
    }

    private static String count(long number, String unit) {
        return number + " " + unit + (number == 1 ? "" : "s");
    }
}
