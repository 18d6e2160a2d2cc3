package io.harmsway.ops.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line settings of a benchmark, given as {@code --name=value}; anything not given keeps its default. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Settings given as {@code --app.<property>=<value>}, as {@code <property>=<value>}, for the application. */
    List<String> applicationProperties() {
        return values.entrySet().stream().filter(entry -> entry.getKey().startsWith("app."))
                .map(entry -> entry.getKey().substring(4) + "=" + entry.getValue()).sorted().toList();
    }

    int integer(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }
}
