package io.harmsway.ops.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

import java.util.List;
import java.util.Map;

/**
 * Spring Security's bearer-token filter asks this who holds a token: it looks the token up in our
 * own table instead of calling an authorization server. The holder's roles are read afresh from
 * the user directory on every request, so a changed role or a removed user counts at once.
 */
public class StoredTokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;
    private final UserDetailsService users;

    public StoredTokenIntrospector(ApiTokens tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiTokens.TokenHolder holder = tokens.holder(token)
                .orElseThrow(() -> new BadOpaqueTokenException("the token is unknown, expired or revoked"));
        UserDetails user;
        try {
            user = users.loadUserByUsername(holder.username());
        } catch (UsernameNotFoundException gone) {
            throw new BadOpaqueTokenException("the token's user no longer exists");
        }
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new BadOpaqueTokenException("the token's user may no longer sign in");
        }
        return new OAuth2IntrospectionAuthenticatedPrincipal(user.getUsername(), Map.of(
                OAuth2TokenIntrospectionClaimNames.SUB, user.getUsername(),
                OAuth2TokenIntrospectionClaimNames.IAT, holder.issuedAt(),
                OAuth2TokenIntrospectionClaimNames.EXP, holder.expiresAt()), List.copyOf(user.getAuthorities()));
    }
}
