package io.harmsway.query.inspection;

/**
 * One figure of a {@link FigureFamily}: what counts ({@code predicate}, SQL over the family's rows)
 * and, for a figure that measures a time, the time in seconds ({@code seconds}, SQL; null otherwise).
 */
record Measure(String name, String title, String predicate, String seconds) {

    static Measure count(String name, String title, String predicate) {
        return new Measure(name, title, predicate, null);
    }

    static Measure time(String name, String title, String predicate, String seconds) {
        return new Measure(name, title, predicate, seconds);
    }
}
