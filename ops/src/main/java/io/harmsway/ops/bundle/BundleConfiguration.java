package io.harmsway.ops.bundle;

import io.harmsway.audit.api.Checkpoints;
import io.harmsway.audit.api.Proofs;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The case bundle: made from the store, the replay and the seals. */
@Configuration
public class BundleConfiguration {

    @Bean
    CaseBundles caseBundles(QueryGateway queries, JdbcTemplate jdbc, Checkpoints checkpoints, Proofs proofs,
                            Clock clock) {
        return new CaseBundles(queries, new CaseRows(jdbc), checkpoints, proofs, clock);
    }
}
