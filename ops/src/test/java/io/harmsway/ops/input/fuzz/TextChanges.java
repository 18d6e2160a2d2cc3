package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.harmsway.ops.input.fuzz.Expected.refused;
import static io.harmsway.ops.input.fuzz.Expected.refusedIf;
import static io.harmsway.ops.input.fuzz.Expected.valid;

/**
 * Text as careless and hostile clients write it: characters PostgreSQL cannot hold or no person
 * types, broken characters, lengths either side of the limit, and whole characters of every kind,
 * which must be kept.
 */
final class TextChanges {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String EMOJI = "\ud83d\ude00";
    private static final String INJECTION = "'; drop table domain_event_entry; -- <script>${jndi:x}</script>";
    /** Printable, and one to three bytes in UTF-8. */
    private static final String PRINTABLE = "abc XYZ 019 é€ñ-;'\"\\/";

    private TextChanges() {
    }

    static List<Change> of(Property property, String valid, Random random) {
        String field = property.name();
        int max = property.maxLength();
        List<Change> changes = new ArrayList<>(List.of(
                change("NUL inside", insert(valid, "\u0000", random), refused(field)),
                change("a control character inside", insert(valid, String.valueOf(control(random)), random), refused(field)),
                change("half a character (an unpaired surrogate) inside",
                        insert(valid, String.valueOf((char) (0xD800 + random.nextInt(0x800))), random), refused(field)),
                change("a surrogate pair reversed", valid + "\ude00\ud83d", refused(field)),
                change("a line break or tab inside", insert(valid, lineBreak(random), random),
                        refusedIf(!property.multiLine(), field)),
                change("empty", "", refusedIf(property.required(), field)),
                change("blank", "   ", refusedIf(property.required(), field)),
                change("padded with spaces", "  " + valid + "  ", valid()),
                change("format characters inside (right-to-left override, zero-width space, BOM)",
                        insert(valid, "\u202e\u200b\ufeff", random), valid()),
                change("a noncharacter and a private-use character", valid + "\uffff\ue000", valid()),
                change("text an injection would try", INJECTION, refusedIf(INJECTION.length() > max, field)),
                change("a JSON escape written out as text", "\\u0000 and %00", valid()),
                change("exactly the longest length", printable(max, random), valid()),
                change("one character beyond the longest length", printable(max + 1, random), refused(field)),
                change("the longest length in emoji (two UTF-16 units each)", EMOJI.repeat(max / 2), valid()),
                change("beyond the longest length in emoji", EMOJI.repeat(max / 2 + 1), refused(field))));
        if (valid.length() + EMOJI.length() <= max) {
            changes.add(change("an emoji added", valid + " " + EMOJI, valid()));
        }
        return changes;
    }

    private static Change change(String description, String text, Expected expected) {
        return new Change(description, JSON.textNode(text), expected);
    }

    private static String insert(String text, String inserted, Random random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    /** A C0 control other than tab and line breaks, DEL, or a C1 control. */
    private static char control(Random random) {
        String controls = "\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u0085\u009b\u009f";
        return controls.charAt(random.nextInt(controls.length()));
    }

    private static String lineBreak(Random random) {
        return List.of("\n", "\r\n", "\r", "\t", "\u2028", "\u2029").get(random.nextInt(6));
    }

    private static String printable(int length, Random random) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(PRINTABLE.charAt(random.nextInt(PRINTABLE.length())));
        }
        return text.toString();
    }
}
