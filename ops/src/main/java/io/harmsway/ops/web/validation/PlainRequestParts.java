package io.harmsway.ops.web.validation;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Path variables and query parameters obey the same rules as a body's single-line text: they
 * reach the read models' queries and, as ids, the commands. A NUL in {@code ?team=} once made
 * PostgreSQL fail the query (a 500). The query string is parsed here rather than through the
 * request's parameters, which would read a form body.
 */
public class PlainRequestParts implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(name.toString(), value.toString()));
        }
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                    .forEach(this::check);
        }
        return true;
    }

    private void check(String encodedName, List<String> encodedValues) {
        String name = decoded("query", encodedName);
        for (String value : encodedValues) {
            check(name, value == null ? "" : decoded(name, value));
        }
    }

    private static String decoded(String name, String encoded) {
        try {
            return UriUtils.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new RefusedInput(name, "is not percent-encoded properly (a % must be followed by two hex digits)");
        }
    }

    private void check(String name, String value) {
        if (value.length() > Lengths.REFERENCE) {
            throw new RefusedInput(name, "must be at most " + Lengths.REFERENCE + " characters");
        }
        TextRules.problemWith(value, TextRules.Lines.ONE).ifPresent(problem -> {
            throw new RefusedInput(name, problem);
        });
        TextRules.problemWith(name, TextRules.Lines.ONE).ifPresent(problem -> {
            throw new RefusedInput("query", "a parameter's name " + problem);
        });
    }
}
