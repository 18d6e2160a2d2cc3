package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.harmsway.ops.input.fuzz.Expected.refused;
import static io.harmsway.ops.input.fuzz.Expected.refusedIf;
import static io.harmsway.ops.input.fuzz.Expected.validAs;

/**
 * Changes to the body as a whole, made on its text or its bytes: what no JSON object can hold (a
 * key given twice, data after the end, broken UTF-8, nesting past any parser's depth, a body past
 * the size limit), and what JSON allows and the API ignores (unknown fields, whitespace).
 */
final class BodyMutations {

    private static final String BODY = "body";
    private static final String UNKNOWN = "fuzzedField";
    private static final int KINDS = 20;
    /** Past the request size limit ({@code harmsway.web.max-request-bytes}, 64 KB). */
    private static final int TOO_LARGE = 80_000;

    private final Target target;
    private final ObjectNode valid;
    private final String text;
    private final Random random;

    BodyMutations(Target target, ObjectNode valid, Random random) {
        this.target = target;
        this.valid = valid;
        this.text = JsonText.escaped(valid);
        this.random = random;
    }

    Mutation next() {
        Property property = any(target.endpoint().properties());
        String field = property.name();
        return switch (random.nextInt(KINDS)) {
            case 0 -> json("'" + field + "' given twice", "{\"" + field + "\":" + JsonText.escaped(valid.get(field)) + ","
                    + text.substring(1), refused(field));
            case 1 -> json("data after the object", text + any(List.of(" {}", "x", "]", ",", "{\"a\":1}", " null", "}")),
                    refused(BODY));
            case 2 -> json("whitespace after the object", text + "\n \t\r\n", validAs(valid));
            case 3 -> json("empty or blank", any(List.of("", "   ", "\n")), refused(BODY));
            case 4 -> json("not an object", any(List.of("[]", "\"x\"", "5", "true", "null", "[" + text + "]")), refused(BODY));
            case 5 -> json("cut short", text.substring(0, 1 + random.nextInt(text.length() - 1)), refusedNamingAny());
            case 6 -> bytes("a byte-order mark first", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    utf8(text)), MediaType.APPLICATION_JSON, refused(BODY));
            case 7 -> brokenUtf8(stringProperty());
            case 8 -> json("a comment", "/* by the fuzzer */" + text, refused(BODY));
            case 9 -> json("single quotes", text.replace('"', '\''), refused(BODY));
            case 10 -> unescapedInString(stringProperty());
            case 11 -> json("an unknown field", withField(UNKNOWN, any(List.of("\"x\"", "5", "{\"a\": [1, null]}", "null"))),
                    validAs(valid));
            case 12 -> json("the actor, team and case named in the body", withField("actor", "\"mallory\",\"recordedBy\":"
                    + "\"mallory\",\"team\":\"south\",\"caseId\":\"c-1\""), validAs(valid));
            case 13 -> renamed(property);
            case 14 -> json("nested past any parser's depth in an unknown field", withField(UNKNOWN, nested(1100
                    + random.nextInt(2000))), refused(BODY, UNKNOWN));
            case 15 -> json("nested deep in an unknown field", withField(UNKNOWN, nested(1 + random.nextInt(500))),
                    validAs(valid));
            case 16 -> json("an unknown field of 10,000 numbers", withField(UNKNOWN, "[" + "0,".repeat(9_999) + "0]"),
                    validAs(valid));
            case 17 -> json("past the request size limit", withField(UNKNOWN, "\"" + "x".repeat(TOO_LARGE) + "\""),
                    new Expected.Refused(413, Set.of(BODY)));
            case 18 -> bytes("another content type", utf8(text), any(List.of(MediaType.TEXT_PLAIN,
                    MediaType.APPLICATION_XML, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_HTML)),
                    new Expected.Refused(415, Set.of("Content-Type")));
            case 19 -> otherCharset();
            default -> throw new IllegalStateException();
        };
    }

    /** A key misspelt in case only: Jackson matches names exactly, so the property is missing. */
    private Mutation renamed(Property property) {
        String field = property.name();
        String renamed = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return json("'" + field + "' written '" + renamed + "'", text.replace("\"" + field + "\":", "\"" + renamed + "\":"),
                refusedIf(property.required(), field));
    }

    /** Bytes that are no UTF-8 inside a string: a stray byte, a sequence cut short, an overlong NUL, an encoded surrogate. */
    private Mutation brokenUtf8(Property property) {
        byte[][] broken = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0xBD},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        int at = insideValueOf(property);
        byte[] body = concat(concat(utf8(text.substring(0, at)), broken[random.nextInt(broken.length)]),
                utf8(text.substring(at)));
        return bytes("bytes that are no UTF-8 in '" + property.name() + "'", body, MediaType.APPLICATION_JSON,
                refused(BODY, property.name()));
    }

    /** A raw line break or tab, or an escape JSON does not have, inside a string. */
    private Mutation unescapedInString(Property property) {
        int at = insideValueOf(property);
        String inserted = any(List.of("\n", "\t", "\\x41", "\\u00G0", "\\'"));
        return json("'" + inserted.replace("\n", "\\n").replace("\t", "\\t") + "' unescaped in '" + property.name() + "'",
                text.substring(0, at) + inserted + text.substring(at), refused(BODY, property.name()));
    }

    /**
     * The body in UTF-16 or Latin-1, the charset declared, with characters beyond ASCII in a text
     * if it has one: JSON may be sent in either, and the text must arrive as written.
     */
    private Mutation otherCharset() {
        boolean utf16 = random.nextBoolean();
        Charset charset = utf16 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1;
        ObjectNode body = valid.deepCopy();
        target.endpoint().properties().stream().filter(property -> property.kind() == Property.Kind.TEXT).findFirst()
                .ifPresent(text -> body.put(text.name(), body.get(text.name()).asText() + (utf16 ? " é € \ud83d\ude00"
                        : " é ñ ü")));
        return bytes("in " + charset, JsonText.raw(body).getBytes(charset), new MediaType(MediaType.APPLICATION_JSON,
                charset), validAs(body));
    }

    private int insideValueOf(Property property) {
        return text.indexOf("\"" + property.name() + "\":\"") + property.name().length() + 4;
    }

    /** A property whose value is a string, to break inside it: every action has one (at least its time). */
    private Property stringProperty() {
        return any(target.endpoint().properties().stream().filter(property -> valid.get(property.name()).isTextual())
                .toList());
    }

    private Expected refusedNamingAny() {
        return new Expected.Refused(400, Stream.concat(Stream.of(BODY),
                target.endpoint().properties().stream().map(Property::name)).collect(Collectors.toSet()));
    }

    private String withField(String name, String json) {
        return "{\"" + name + "\":" + json + "," + text.substring(1);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private Mutation json(String description, String body, Expected expected) {
        return Mutation.json(description, target.path(), body, expected);
    }

    private Mutation bytes(String description, byte[] body, MediaType type, Expected expected) {
        return new Mutation(description, target.path(), body, type, expected);
    }

    private <T> T any(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
