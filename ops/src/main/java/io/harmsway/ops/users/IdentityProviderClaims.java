package io.harmsway.ops.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of the identity provider's access token name the user, their role and their team.
 *
 * @param usernameClaim the user's name here (Keycloak and Entra ID: {@code preferred_username})
 * @param roleClaim     one of INVESTIGATOR, SUPERVISOR, AUDITOR, OPERATOR, ADMINISTRATOR (any case)
 * @param teamClaim     the team, for investigators and supervisors
 */
@ConfigurationProperties("harmsway.identity-provider")
public record IdentityProviderClaims(@DefaultValue("preferred_username") String usernameClaim,
                                     @DefaultValue("harmsway_role") String roleClaim,
                                     @DefaultValue("harmsway_team") String teamClaim) {
}
