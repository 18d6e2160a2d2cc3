package io.harmsway.ops.pages.forms;

import java.util.List;
import java.util.Optional;

/**
 * A posted form bound into its request record: the record (whatever could be read, nulls where
 * a field could not), and every problem found reading and validating it. {@code askPass} names a
 * time field whose typed time happened twice (London's autumn clock change), so the form asks which.
 */
public record Bound(Record request, List<FieldProblem> problems, List<String> askPass) {

    public static Bound empty() {
        return new Bound(null, List.of(), List.of());
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    public Optional<FieldProblem> problemWith(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }
}
