package io.harmsway.ops.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a query or path parameter that does not parse should have been, in words for people, not Java types. */
final class ParameterValues {

    private ParameterValues() {
    }

    static String expected(Class<?> requiredType) {
        if (requiredType == Duration.class) {
            return "must be an ISO-8601 duration such as P3D";
        }
        if (requiredType == Instant.class) {
            return "must be an ISO-8601 instant such as 2026-03-02T09:00:00Z";
        }
        if (requiredType != null && requiredType.isEnum()) {
            return "must be one of " + Arrays.stream(requiredType.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "has a value that cannot be read";
    }
}
