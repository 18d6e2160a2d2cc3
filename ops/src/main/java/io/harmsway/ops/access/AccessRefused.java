package io.harmsway.ops.access;

/**
 * A request the access rule refuses (403), naming what it was refused on ({@code caseId},
 * {@code clockId}, {@code team}, or {@code user} for who is asking) and why. Thrown before
 * anything is recorded.
 */
public class AccessRefused extends RuntimeException {

    private final String field;

    AccessRefused(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
