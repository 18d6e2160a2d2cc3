package io.harmsway.ops.users;

import io.harmsway.ops.security.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The users of a force's identity provider. Its token (signature, issuer and expiry already checked)
 * names the user, their role and their team in claims; the provider is the authority for those, so
 * a user it names is provisioned into the user table on first sight, and their role and team kept
 * in step with the claims (each change in the trail). The table still decides whether they may
 * sign in: a user an administrator disabled is refused, whatever the provider says. Positions stay
 * the administrator's to give.
 */
public class IdentityProviderUsers {

    private final IdentityProviderClaims claims;
    private final UserAccounts accounts;
    private final UserChanges changes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public IdentityProviderUsers(IdentityProviderClaims claims, UserAccounts accounts, UserChanges changes,
                                 TransactionTemplate transaction, Clock clock) {
        this.claims = claims;
        this.accounts = accounts;
        this.changes = changes;
        this.transaction = transaction;
        this.clock = clock;
    }

    public AbstractAuthenticationToken authenticate(Jwt token) {
        String username = claim(token, claims.usernameClaim())
                .filter(name -> name.matches(UserRequests.USERNAME) && name.length() <= 64)
                .orElseThrow(() -> refused("names no user in its " + claims.usernameClaim() + " claim"));
        Role role = claim(token, claims.roleClaim()).flatMap(IdentityProviderUsers::role)
                .orElseThrow(() -> refused("names no role in its " + claims.roleClaim() + " claim"));
        String team = claim(token, claims.teamClaim()).orElse(null);
        if ((role == Role.INVESTIGATOR || role == Role.SUPERVISOR) != (team != null)) {
            throw refused("has a " + claims.teamClaim() + " claim that does not fit its role " + role);
        }
        UserAccount user = accounts.find(username).filter(known -> known.role() == role && Objects.equals(known.team(), team))
                .orElseGet(() -> transaction.execute(status -> inStep(username, role, team, String.valueOf(token.getIssuer()))));
        if (!user.enabled()) {
            throw refused("is for a user who may no longer sign in");
        }
        return new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())), username);
    }

    /** Writes only when the claims differ from the table (a read on every other request). */
    private UserAccount inStep(String username, Role role, String team, String issuer) {
        String by = "identity provider " + issuer;
        UserAccount claimed = new UserAccount(username, null, role, team, List.of(), true);
        if (accounts.insertIfAbsent(claimed, clock.instant())) {
            changes.record(by, username, "provisioned: " + claimed.description());
            return claimed;
        }
        UserAccount known = accounts.findForUpdate(username).orElseThrow();
        if (known.role() == role && Objects.equals(known.team(), team)) {
            return known;
        }
        UserAccount moved = new UserAccount(username, known.passwordHash(), role, team, known.positions(), known.enabled());
        accounts.update(moved, clock.instant());
        changes.record(by, username, "updated from the token's claims: " + known.description() + " -> " + moved.description());
        return moved;
    }

    private static Optional<String> claim(Jwt token, String name) {
        Object value = token.getClaims().get(name);
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    private static Optional<Role> role(String name) {
        try {
            return Optional.of(Role.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static InvalidBearerTokenException refused(String why) {
        return new InvalidBearerTokenException("the identity provider's token " + why);
    }
}
