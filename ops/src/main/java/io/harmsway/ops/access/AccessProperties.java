package io.harmsway.ops.access;

import io.harmsway.ops.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Set;

/**
 * Who may break the glass: read a case of another team by stating why ({@code X-Access-Reason}),
 * the read logged with the reason and the auditor told. Supervisors by default; investigators and
 * operators only if a deployment names them. Auditors read every team's case without a reason.
 */
@ConfigurationProperties("harmsway.access")
public record AccessProperties(@DefaultValue("SUPERVISOR") Set<Role> breakGlassRoles) {

    public AccessProperties {
        breakGlassRoles = Set.copyOf(breakGlassRoles);
    }
}
