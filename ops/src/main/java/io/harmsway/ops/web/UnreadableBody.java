package io.harmsway.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why Jackson could not read a request body, in plain words naming the field. Jackson's own
 * messages name Java types and its own settings, so none is passed on as it is.
 */
final class UnreadableBody {

    private static final Pattern UNEXPECTED = Pattern.compile("^(?:Unexpected character \\('(.{1,8}?)' \\(code"
            + "|Unrecognized token '(.{1,40}?)')");

    private UnreadableBody() {
    }

    static FieldError describe(Throwable cause) {
        if (!(cause instanceof JsonProcessingException json)) {
            return new FieldError("body", "a JSON object is required");
        }
        if (isDuplicateKey(json)) {
            return new FieldError(pathOf(json), "appears more than once; give each field once");
        }
        if (json instanceof JsonMappingException mapping) {
            if (mapping.getPath().isEmpty()) {
                return new FieldError("body", isTrailingData(mapping) ? "has more after the JSON object ends"
                        : "must be a JSON object");
            }
            return new FieldError(pathOf(mapping), problemWithValue(mapping));
        }
        return new FieldError("body", "malformed JSON" + where(json) + ": " + malformation(json));
    }

    private static String problemWithValue(JsonMappingException mapping) {
        if (mapping instanceof InvalidNullException) {
            return "must not be null";
        }
        if (mapping.getCause() instanceof InputCoercionException) {
            return "is out of range";
        }
        if (mapping.getCause() instanceof StreamReadException malformed) {
            return "is malformed JSON" + where(malformed) + ": " + malformation(malformed);
        }
        Class<?> target = mapping instanceof InvalidFormatException invalid ? invalid.getTargetType()
                : targetOf(mapping);
        if (target != null && target.isEnum()) {
            String values = Arrays.toString(target.getEnumConstants());
            return mapping instanceof InvalidFormatException invalid
                    ? "'" + invalid.getValue() + "' is not one of " + values : "must be one of " + values;
        }
        return expectation(target);
    }

    /** What a value of the field's kind looks like. */
    private static String expectation(Class<?> target) {
        if (target == null) {
            return "has a value of the wrong kind";
        }
        if (target == String.class) {
            return "must be text, in double quotes";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Instant.class) {
            return "cannot be read as Instant: write an ISO-8601 time such as 2026-11-21T14:00:00Z";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "must be an object of field names and text values";
        }
        return "must be a JSON object";
    }

    private static Class<?> targetOf(JsonMappingException mapping) {
        return mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    }

    /** Jackson marks neither case with a type of its own; its message is all there is to tell. */
    private static boolean isDuplicateKey(JsonProcessingException json) {
        for (Throwable t = json; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j && j.getOriginalMessage().startsWith("Duplicate field")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrailingData(JsonMappingException mapping) {
        return mapping.getOriginalMessage().startsWith("Trailing token");
    }

    private static String malformation(JsonProcessingException json) {
        if (json instanceof JsonEOFException) {
            return "the JSON ends too soon";
        }
        if (json instanceof StreamConstraintsException) {
            return "it nests too deep or holds too long a value";
        }
        String message = json.getOriginalMessage();
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a string must be escaped (\\n, \\t, \\u0007)";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "the body is not UTF-8";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return "unexpected '" + (unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2)) + "'";
        }
        return "not valid JSON";
    }

    private static String where(JsonProcessingException json) {
        return json.getLocation() == null ? ""
                : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
    }

    /** The field's path as a caller writes it: {@code agencies[0]}, {@code correctedValues.occurredAt}. */
    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() == null) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /** Where the parser stood: a duplicate key is found while reading, before any field is bound. */
    private static String pathOf(JsonProcessingException json) {
        if (!(json.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                path.insert(0, "[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                path.insert(0, (context.getParent().inRoot() ? "" : ".") + context.getCurrentName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
