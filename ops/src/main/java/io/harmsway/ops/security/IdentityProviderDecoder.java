package io.harmsway.ops.security;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The identity provider's JWTs decoded as Spring Boot would from the same settings (its JWK set,
 * or the issuer's discovery document, read when the first token arrives; its signing algorithms;
 * its issuer and audiences checked), except that expiry and not-before are judged by the
 * application's clock, like everything else here, instead of the system's, which Spring's default
 * timestamp check reads. Its minute of allowed skew is kept.
 */
final class IdentityProviderDecoder {

    private IdentityProviderDecoder() {
    }

    static JwtDecoder of(OAuth2ResourceServerProperties.Jwt settings, Clock clock) {
        if (settings.getJwkSetUri() != null && !settings.getJwkSetUri().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.getJwkSetUri())
                    .jwsAlgorithms(algorithms -> settings.getJwsAlgorithms()
                            .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                    .build();
            decoder.setJwtValidator(validator(settings, clock));
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.getIssuerUri()).build();
            decoder.setJwtValidator(validator(settings, clock));
            return decoder;
        });
    }

    private static OAuth2TokenValidator<Jwt> validator(OAuth2ResourceServerProperties.Jwt settings, Clock clock) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        validators.add(timestamps);
        if (settings.getIssuerUri() != null && !settings.getIssuerUri().isBlank()) {
            validators.add(new JwtIssuerValidator(settings.getIssuerUri()));
        }
        List<String> audiences = settings.getAudiences();
        if (audiences != null && !audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && !Collections.disjoint(aud, audiences)));
        }
        // Given a timestamp check, Spring's defaults use it instead of their own.
        return JwtValidators.createDefaultWithValidators(validators);
    }
}
