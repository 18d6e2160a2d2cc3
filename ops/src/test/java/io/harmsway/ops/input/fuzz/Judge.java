package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Refusals;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds each answer to what the API promises. Never a 5xx. A refusal is a problem body for people
 * naming a field, with the status and the field the mutation calls for, and leaves the store as
 * it was. An acceptance only of a request still valid, with exactly one event appended, which
 * is kept to be looked for in its case's timeline.
 */
final class Judge {

    /** What the case or the clock may answer a well-formed request: a refusal for what it says, or a change at the same moment. */
    private static final Set<Integer> REFUSALS_OF_VALID_REQUESTS = Set.of(409, 422);

    private final StoreCounts store;
    private final List<AcceptedEntry> accepted = new ArrayList<>();

    Judge(StoreCounts store) {
        this.store = store;
    }

    void judge(Target target, Mutation mutation, ResponseEntity<JsonNode> response, StoreCounts.Counts before) {
        int status = response.getStatusCode().value();
        assertThat(status).as("status, answer " + response.getBody()).isBetween(200, 499);
        if (status < 300) {
            judgeAccepted(target, mutation, response, before);
        } else {
            judgeRefused(target, mutation, response, before);
        }
    }

    List<AcceptedEntry> accepted() {
        return accepted;
    }

    private void judgeAccepted(Target target, Mutation mutation, ResponseEntity<JsonNode> response,
                               StoreCounts.Counts before) {
        assertThat(mutation.expected()).as("accepted (" + response.getStatusCode() + ") though the mutation must be refused")
                .isInstanceOf(Expected.Valid.class);
        StoreCounts.Counts after = store.of(target);
        boolean onClock = target.clockId() != null;
        assertThat(after).as("events appended by an accepted request").isEqualTo(new StoreCounts.Counts(
                before.caseEvents() + (onClock ? 0 : 1), before.clockEvents() + (onClock ? 1 : 0)));
        StoreCounts.Appended appended = onClock ? store.lastClockEvent(target) : store.lastCaseEvent();
        String caseId = target.caseId() != null ? target.caseId() : response.getBody().get("id").asText();
        assertThat(appended.caseId()).as("the case of the appended event").isEqualTo(caseId);
        accepted.add(new AcceptedEntry(caseId, appended.eventId(), target.user(),
                target.endpoint() + " " + mutation.description(), textsSent(target, (Expected.Valid) mutation.expected())));
    }

    /** The text of each of the body's text properties, as the server must have read and kept it. */
    private static Map<String, String> textsSent(Target target, Expected.Valid valid) {
        Map<String, String> texts = new HashMap<>();
        if (valid.body() != null) {
            target.endpoint().properties().stream()
                    .filter(property -> property.kind() == Property.Kind.TEXT && valid.body().path(property.name()).isTextual())
                    .forEach(property -> texts.put(property.name(), valid.body().get(property.name()).asText()));
        }
        return texts;
    }

    private void judgeRefused(Target target, Mutation mutation, ResponseEntity<JsonNode> response,
                              StoreCounts.Counts before) {
        Refusals.assertProblemForPeople(response);
        int status = response.getStatusCode().value();
        List<String> fields = response.getBody().get("errors").findValuesAsText("field");
        if (mutation.expected() instanceof Expected.Refused refused) {
            assertThat(status).as("status, answer " + response.getBody()).isEqualTo(refused.status());
            assertThat(fields).as("fields named, answer " + response.getBody()).anyMatch(refused::names);
        } else {
            assertThat(status).as("a valid request may be refused only by the case or the clock, answer "
                    + response.getBody()).isIn(REFUSALS_OF_VALID_REQUESTS);
        }
        assertThat(store.of(target)).as("events appended by a refused request").isEqualTo(before);
    }

    /**
     * An event an accepted request appended: its case, its id, who sent it, what the request was,
     * and the texts it sent by field name.
     */
    record AcceptedEntry(String caseId, String eventId, String user, String request, Map<String, String> texts) {
    }
}
