package io.harmsway.ops.web.validation;

import java.util.Optional;

/**
 * Which characters stored text may hold: printable characters, each whole. Refused are the NUL
 * character (PostgreSQL cannot store it in text), every other control character (C0, DEL, C1),
 * and half a character (an unpaired UTF-16 surrogate, left by cutting or mis-encoding). Tabs and
 * line breaks are allowed only in fields of several lines.
 */
public final class TextRules {

    /** A field of one line, or of several. */
    public enum Lines { ONE, MANY }

    private TextRules() {
    }

    /** The first thing wrong with the text, in plain words, or nothing if it may be stored. */
    public static Optional<String> problemWith(CharSequence text, Lines lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains half a character (an unpaired surrogate, " + codeOf(c) + ") at character "
                        + position(text, i) + ": the text was cut or mis-encoded");
            } else if (isLineBreak(c) || c == '\t') {
                if (lines == Lines.ONE) {
                    return Optional.of("contains a " + (c == '\t' ? "tab" : "line break") + " at character "
                            + position(text, i) + "; this field is a single line");
                }
            } else if (c == '\u0000') {
                return Optional.of("contains the NUL character (U+0000) at character " + position(text, i)
                        + ", which text cannot hold");
            } else if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("contains the control character " + codeOf(c) + " at character "
                        + position(text, i) + "; only printable text is accepted"
                        + (lines == Lines.MANY ? " (and tabs and line breaks)" : ""));
            }
        }
        return Optional.empty();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Counted as people count characters: an emoji is one. */
    private static int position(CharSequence text, int index) {
        return Character.codePointCount(text, 0, index) + 1;
    }

    private static String codeOf(char c) {
        return String.format("U+%04X", (int) c);
    }
}
