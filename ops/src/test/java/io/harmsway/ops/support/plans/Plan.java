package io.harmsway.ops.support.plans;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code EXPLAIN (ANALYZE, BUFFERS)} answered for one statement: its lines, as PostgreSQL wrote them. */
public record Plan(List<String> lines) {

    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    /** The tables the plan reads whole, each once, in the plan's order. */
    public Set<String> seqScans() {
        Set<String> tables = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher scan = SEQ_SCAN.matcher(line);
            if (scan.find()) {
                tables.add(scan.group(1));
            }
        }
        return tables;
    }

    /** The time PostgreSQL took to run the statement, in milliseconds (planning not included). */
    public double executionMillis() {
        for (String line : lines) {
            Matcher time = EXECUTION.matcher(line);
            if (time.find()) {
                return Double.parseDouble(time.group(1));
            }
        }
        throw new IllegalStateException("no execution time in " + lines);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
