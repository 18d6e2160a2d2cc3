package io.harmsway.query;

/** The streaming processing group of the read models: their rows and its token commit together. */
public final class Projections {

    public static final String GROUP = "projections";

    private Projections() {
    }
}
