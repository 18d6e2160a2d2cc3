package io.harmsway.ops.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Where the application's streaming processors stand in the event store, and waiting for them to reach its head. */
public final class StoreHead {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    public StoreHead(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Waits until every processor named (and every other one) has handled the last stored event. */
    public void awaitEveryProcessor(String... mustBeAmongThem) {
        await().untilAsserted(() -> {
            long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
            assertThat(positionsOfProcessorsOtherThan(null)).containsKeys(mustBeAmongThem)
                    .allSatisfy((name, position) -> assertThat(position).as(name).isEqualTo(head));
        });
    }

    /** Each streaming processor's position in the store: the lowest of its segments', -1 before it has one. */
    public Map<String, Long> positionsOfProcessorsOtherThan(String excluded) {
        Map<String, Long> positions = new HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && !name.equals(excluded)) {
                positions.put(name, streaming.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(position -> position.orElse(-1)).min().orElse(-1));
            }
        });
        return positions;
    }
}
