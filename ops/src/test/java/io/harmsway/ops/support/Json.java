package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the API's JSON answers in tests. Whatever is not there (yet) fails as an assertion, never
 * as a NullPointerException, a NoSuchElementException or a parse error: inside an await block
 * Awaitility retries only on an AssertionError, so a read model that has not caught up delays a
 * test instead of failing it.
 */
public final class Json {

    private Json() {
    }

    /** The elements of a JSON array answer. */
    public static List<JsonNode> list(JsonNode array) {
        assertThat(array != null && array.isArray()).as("a JSON array, not " + array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The first node that matches, {@code what} naming it when there is none. */
    public static JsonNode first(List<JsonNode> nodes, Predicate<JsonNode> which, String what) {
        return present(nodes.stream().filter(which).findFirst(), what);
    }

    public static <T> T present(Optional<T> value, String what) {
        assertThat(value).as(what).isPresent();
        return value.get();
    }

    /** The instant a field holds; the field may be missing or null as long as the wait goes on. */
    public static Instant instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        assertThat(value.isTextual()).as(field + " of " + node).isTrue();
        return Instant.parse(value.asText());
    }
}
