package io.harmsway.ops.pages;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Time as officers in England and Wales read and write it: London's clock. Shown as "Tue 1 Dec 2026,
 * 16:10"; entered as a date and a 24-hour time, which is turned into an instant here. London's
 * clock change makes two hours a year special, and neither is guessed: in spring the hour the
 * clocks skip (01:00–01:59 on the last Sunday of March) never happened, and is refused saying so;
 * in autumn the hour they repeat (01:00–01:59 on the last Sunday of October) happened twice, and
 * is refused unless the officer says which: the first (BST, before the clocks went back) or the
 * second (GMT).
 */
public class LondonTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.UK);

    /** Which of a repeated hour's two passes was meant (autumn). */
    public enum Pass {
        FIRST, SECOND
    }

    private static final java.util.regex.Pattern ISO_INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    private final Clock clock;

    public LondonTime(Clock clock) {
        this.clock = clock;
    }

    /** "Tue 1 Dec 2026, 16:10", in London; empty text for no time. */
    public String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(LONDON));
    }

    /** "1 December 2026", the day in London. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }

    /** A text with instants in it (ISO, UTC, as titles of clock events carry them), each put in London time. */
    public String inText(String text) {
        if (text == null) {
            return "";
        }
        return ISO_INSTANT.matcher(text).replaceAll(match -> {
            try {
                return show(Instant.parse(match.group()));
            } catch (DateTimeParseException notAnInstant) {
                return match.group();
            }
        });
    }

    /** The ISO local form for a {@code <time datetime>} attribute, with London's offset then. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(LONDON).toOffsetDateTime().toString();
    }

    /** Now, in London: what a form offers as the default date and time. */
    public ZonedDateTime now() {
        return clock.instant().atZone(LONDON);
    }

    /**
     * The instant a date and time typed on a form mean in London, or why they mean none: a field
     * left empty, not a real date, not a time, a time the clocks skipped, or a repeated time with
     * no pass chosen.
     */
    public Reading read(String day, String month, String year, String time, Pass pass) {
        if (blank(day) || blank(month) || blank(year)) {
            return Reading.refused("enter the date it happened: day, month and year");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                    Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Reading.refused("the date must be a real date, as numbers, like 27 3 2026");
        }
        if (blank(time)) {
            return Reading.refused("enter the time it happened, like 14:30");
        }
        LocalTime clockTime;
        try {
            clockTime = LocalTime.parse(time.trim(), TYPED_TIME);
        } catch (DateTimeParseException notATime) {
            return Reading.refused("the time must be on the 24-hour clock, like 09:05 or 14:30");
        }
        return at(LocalDateTime.of(date, clockTime), pass);
    }

    private static Reading at(LocalDateTime local, Pass pass) {
        List<ZoneOffset> offsets = LONDON.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Reading.refused(TYPED_TIME.format(local) + " on " + DAY.format(local)
                    + " did not happen in London: the clocks went forward an hour at 01:00; enter the time as"
                    + " London clocks showed it (from 02:00)");
        }
        if (offsets.size() == 1) {
            return Reading.of(local.toInstant(offsets.get(0)));
        }
        if (pass == null) {
            return Reading.ambiguous(TYPED_TIME.format(local) + " on " + DAY.format(local)
                    + " happened twice in London (the clocks went back an hour at 02:00): choose the first"
                    + " (British Summer Time) or the second (Greenwich Mean Time)");
        }
        ZoneOffset offset = pass == Pass.FIRST ? offsets.get(0) : offsets.get(1);
        return Reading.of(local.toInstant(offset));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A typed time read: the instant, or the problem in words; {@code ambiguous} asks for a pass. */
    public record Reading(Optional<Instant> instant, String problem, boolean ambiguous) {

        static Reading of(Instant instant) {
            return new Reading(Optional.of(instant), null, false);
        }

        static Reading refused(String problem) {
            return new Reading(Optional.empty(), problem, false);
        }

        static Reading ambiguous(String problem) {
            return new Reading(Optional.empty(), problem, true);
        }
    }
}
