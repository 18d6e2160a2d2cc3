package io.harmsway.ops.security;

import io.harmsway.ops.users.IdentityProviderUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Which check a bearer token gets. The application's own tokens are 43 characters of base64url,
 * never with a dot; an identity provider's JWT is three base64url parts joined by dots. A JWT
 * goes to the identity provider's keys when one is configured; everything else (a JWT too, when no
 * provider is) to the token store, which knows only its own.
 */
public class BearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    private final DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
    private final AuthenticationManager ownTokens;
    private final AuthenticationManager identityProviderTokens;

    /** @param identityProvider null when no identity provider is configured */
    public BearerTokens(OpaqueTokenIntrospector introspector, JwtDecoder identityProvider, IdentityProviderUsers users) {
        this.ownTokens = new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector));
        if (identityProvider == null) {
            this.identityProviderTokens = null;
        } else {
            JwtAuthenticationProvider jwts = new JwtAuthenticationProvider(identityProvider);
            jwts.setJwtAuthenticationConverter(users::authenticate);
            this.identityProviderTokens = new ProviderManager(jwts);
        }
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        if (identityProviderTokens == null) {
            return ownTokens;
        }
        String token = resolver.resolve(request);
        return token != null && looksLikeAJwt(token) ? identityProviderTokens : ownTokens;
    }

    static boolean looksLikeAJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
