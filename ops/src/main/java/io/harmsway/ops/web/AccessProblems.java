package io.harmsway.ops.web;

import io.harmsway.ops.security.RefusalLog;
import io.harmsway.ops.signin.SignInThrottled;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Refusals of access as problem bodies of the same shape as every other refusal: not signed in or
 * a bad token (401, with the {@code WWW-Authenticate} challenge), not allowed (403), too many
 * failed sign-ins (429, with {@code Retry-After}). Spring Security's own refusals reach these
 * handlers through {@link io.harmsway.ops.security.RefusalAnswers}. First in order, so that no
 * broader handler takes these exceptions.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    private static final String SIGN_IN = "sign in with POST /api/tokens and send the token as 'Authorization: Bearer <token>'";

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> notSignedIn(AuthenticationException refused, HttpServletRequest request) {
        if (refused instanceof BadCredentialsException) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Problems.problem(HttpStatus.UNAUTHORIZED, "Sign-in refused",
                            List.of(new FieldError("password", "does not match the username, or there is no such user"))));
        }
        boolean badToken = refused instanceof OAuth2AuthenticationException oauth
                && OAuth2ErrorCodes.INVALID_TOKEN.equals(oauth.getError().getErrorCode());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer")
                .body(Problems.problem(HttpStatus.UNAUTHORIZED, "Not signed in",
                        List.of(new FieldError("Authorization", credentialsProblem(refused, badToken, request)))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail notAllowed(AccessDeniedException refused, HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String problem = refused instanceof AuthorizationDeniedException
                ? nameAndRoles(user) + " may not " + request.getMethod() + " " + request.getRequestURI()
                : refused.getMessage();
        request.setAttribute(RefusalLog.REASON, problem);
        return Problems.problem(HttpStatus.FORBIDDEN, "Not allowed", List.of(new FieldError("user", problem)));
    }

    @ExceptionHandler(SignInThrottled.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottled throttled) {
        String field = throttled.scope() == SignInThrottled.Scope.ACCOUNT ? "username" : "clientAddress";
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()))
                .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                        List.of(new FieldError(field, throttled.getMessage() + ": try again in "
                                + throttled.retryAfterSeconds() + " s"))));
    }

    private static String credentialsProblem(AuthenticationException refused, boolean badToken,
                                             HttpServletRequest request) {
        String sent = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (badToken) {
            return "the bearer token is unknown, expired or revoked: sign in again with POST /api/tokens";
        }
        if (refused instanceof OAuth2AuthenticationException) {
            return "is malformed: " + SIGN_IN;
        }
        if (sent != null && sent.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "HTTP basic is not accepted here: " + SIGN_IN;
        }
        return "is missing: " + SIGN_IN;
    }

    /** "ada (auditor)": who was refused, in the words of the roles. */
    private static String nameAndRoles(Authentication user) {
        if (user == null) {
            return "nobody signed in";
        }
        String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring(5).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? user.getName() : user.getName() + " (" + roles + ")";
    }
}
