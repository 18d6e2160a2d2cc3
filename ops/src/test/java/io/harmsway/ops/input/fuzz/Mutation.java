package io.harmsway.ops.input.fuzz;

import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;

/** A request made from a target's valid one: what was changed, the bytes sent, and what the API must answer. */
record Mutation(String description, String path, byte[] body, MediaType contentType, Expected expected) {

    static Mutation json(String description, String path, String body, Expected expected) {
        return new Mutation(description, path, body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, expected);
    }

    /** The body as a person reads it in a failure: long bodies cut short. */
    String shownBody() {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + body.length + " bytes)";
    }
}
