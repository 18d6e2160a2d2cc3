package io.harmsway.ops.users;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Positions are compared as the rules name them: "Detective  Inspector" and "detective inspector" are
 * one position. Each is kept lower case with single spaces.
 */
public final class Positions {

    private Positions() {
    }

    public static String normalised(String position) {
        return position.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Normalised, each once, in the order first given. */
    public static List<String> normalised(Collection<String> positions) {
        return positions.stream().map(Positions::normalised).distinct().toList();
    }
}
