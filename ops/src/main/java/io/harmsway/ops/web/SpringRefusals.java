package io.harmsway.ops.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The refusals Spring MVC makes before any handler runs (no such path, a method or media type
 * not served, a malformed query parameter), each as the field at fault and what to do instead.
 */
final class SpringRefusals {

    private static final List<MediaType> ANSWERS =
            List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    private SpringRefusals() {
    }

    static FieldError describe(Exception refusal, int status, String method, String path) {
        if (refusal instanceof NoResourceFoundException || refusal instanceof NoHandlerFoundException) {
            return new FieldError("path", "nothing answers " + method + " " + path
                    + "; the API is described at /v3/api-docs");
        }
        if (refusal instanceof HttpRequestMethodNotSupportedException notSupported) {
            return new FieldError("method", method + " is not accepted at " + path + "; use "
                    + String.join(" or ", notSupported.getSupportedMethods() == null ? new String[0]
                    : notSupported.getSupportedMethods()));
        }
        if (refusal instanceof HttpMediaTypeNotSupportedException notSupported) {
            return new FieldError("Content-Type", (notSupported.getContentType() == null ? "is missing"
                    : "'" + notSupported.getContentType() + "' is not accepted") + "; send "
                    + types(notSupported.getSupportedMediaTypes()));
        }
        if (refusal instanceof HttpMediaTypeNotAcceptableException) {
            return new FieldError("Accept", "the answer can only be " + types(ANSWERS));
        }
        if (refusal instanceof MissingServletRequestParameterException missing) {
            return new FieldError(missing.getParameterName(), "is required");
        }
        if (refusal instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return new FieldError(mismatch.getPropertyName(), ParameterValues.expected(mismatch.getRequiredType()));
        }
        return StatusProblems.errorOf(status, path);
    }

    private static String types(List<MediaType> types) {
        return types.stream().map(type -> type.getType() + "/" + type.getSubtype()).distinct()
                .collect(Collectors.joining(" or "));
    }
}
