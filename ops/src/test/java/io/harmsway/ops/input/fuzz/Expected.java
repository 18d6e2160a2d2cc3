package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the API promises for a mutated request. */
sealed interface Expected {

    /** Refused at the edge with this status and a problem naming one of these fields (or an element or entry of one). */
    record Refused(int status, Set<String> fields) implements Expected {

        boolean names(String field) {
            return fields.stream().anyMatch(name -> field.equals(name) || field.startsWith(name + "[")
                    || field.startsWith(name + "."));
        }
    }

    /**
     * Still a valid request: recorded, or refused by the case or the clock for what it says (a time
     * before the referral, a team that does not exist, a second pause), but never as malformed.
     * {@code body} is the object the server must read, so that what it records can be compared
     * with what was sent (null for a single change, before it is made to a body).
     */
    record Valid(ObjectNode body) implements Expected {
    }

    static Expected refused(String... fields) {
        return new Refused(400, Set.of(fields));
    }

    static Expected refusedIf(boolean refused, String field) {
        return refused ? refused(field) : valid();
    }

    static Expected valid() {
        return new Valid(null);
    }

    /** A valid request whose body the server must read as this object. */
    static Expected validAs(ObjectNode body) {
        return new Valid(body);
    }

    /** Two changes in one body: refused if either is, naming a field of either refused change. */
    static Expected both(Expected one, Expected other) {
        if (one instanceof Refused first && other instanceof Refused second) {
            return new Refused(first.status(), Stream.concat(first.fields().stream(), second.fields().stream())
                    .collect(Collectors.toSet()));
        }
        return one instanceof Refused ? one : other;
    }
}
