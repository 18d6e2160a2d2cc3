package io.harmsway.ops.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.sla.api.ClockView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The data of a case's chart on a time axis, as the page's script draws it with ECharts: every
 * action a point (late entries and corrected ones marked), every clock a span from its start to its
 * due date with its standing (met, breached, paused...) and the moments it was breached or stopped.
 * Times are epoch milliseconds; the script shows them in London time. It goes into the page as a
 * JSON block (not a script), so the page needs no second request and the read is logged once.
 */
final class TimelineChart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineChart() {
    }

    record Point(String title, long at, boolean late, String lateText, boolean corrected, String recordedBy) {
    }

    record Span(String name, long start, long due, Long stopped, Long breached, Long pausedSince, String standing,
                String pauseReason) {
    }

    record Data(List<Point> actions, List<Span> clocks, long now) {
    }

    static String json(List<TimelineEntry> entries, List<ClockView> clocks, Map<String, String> titles, Instant now,
                       LondonTime time) {
        List<Point> points = entries.stream().filter(TimelineItem::isAction)
                .map(entry -> new Point(time.inText(entry.title()), entry.occurredAt().toEpochMilli(),
                        entry.recordedLate() != null, entry.recordedLate(), entry.corrected(), entry.recordedBy()))
                .toList();
        List<Span> spans = clocks.stream().filter(clock -> clock.startedAt() != null && clock.dueAt() != null)
                .map(clock -> new Span(titles.getOrDefault(clock.ruleId(), clock.ruleId()) + " (" + clock.subjectId() + ")",
                        clock.startedAt().toEpochMilli(), clock.dueAt().toEpochMilli(), millis(clock.stoppedAt()),
                        millis(clock.breachedAt()), millis(clock.pausedSince()), ClockStanding.of(clock, now).text(),
                        clock.pauseReason()))
                .toList();
        try {
            // In an HTML page: no '<' may close the block early, whatever an officer typed.
            return JSON.writeValueAsString(new Data(points, spans, now.toEpochMilli()))
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
