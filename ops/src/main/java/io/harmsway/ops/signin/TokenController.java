package io.harmsway.ops.signin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out for programs: a bearer token for a username and password, and its end. */
@RestController
@RequestMapping("/api/tokens")
public class TokenController {

    private final PasswordSignIn passwords;
    private final ApiTokens tokens;

    public TokenController(PasswordSignIn passwords, ApiTokens tokens) {
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Sign in: a short-lived bearer token for a username and password (failed sign-ins are "
            + "throttled per account and per client address: 429 with Retry-After)")
    @SecurityRequirements
    IssuedToken signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        Authentication user = passwords.signIn(request.username(), request.password(), address);
        return tokens.issue(user.getName(), address);
    }

    @DeleteMapping("/current")
    @Operation(summary = "Sign out: the bearer token this request carries is no longer accepted")
    ResponseEntity<Void> signOut(Authentication bearer) {
        if (bearer instanceof BearerTokenAuthentication token) {
            tokens.revoke(token.getToken().getTokenValue());
        }
        return ResponseEntity.noContent().build();
    }
}
