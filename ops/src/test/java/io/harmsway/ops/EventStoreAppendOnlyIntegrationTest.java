package io.harmsway.ops;

import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * History is never rewritten: the database refuses any change to a stored event, whoever asks, even
 * the superuser, as long as the trigger stands (the application's role is refused before the trigger
 * is reached, and cannot disable it: see DatabaseRolesIntegrationTest).
 */
class EventStoreAppendOnlyIntegrationTest extends IntegrationTestBase {

    @Test
    void refusesUpdateDeleteAndTruncateOfEvents() {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        String payloadBefore = payloadOf(caseId);
        JdbcTemplate superuser = FreshDatabase.asAdministrator();

        assertThatThrownBy(() -> superuser.update("""
                update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'HIGH', 'STANDARD'), 'UTF8')
                where convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""", caseId))
                .rootCause().hasMessageContaining("the event store is append-only: UPDATE");
        assertThatThrownBy(() -> superuser.update("delete from domain_event_entry where convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?", caseId))
                .rootCause().hasMessageContaining("the event store is append-only: DELETE");
        assertThatThrownBy(() -> superuser.execute("truncate domain_event_entry"))
                .rootCause().hasMessageContaining("the event store is append-only: TRUNCATE");

        assertThat(payloadOf(caseId)).isEqualTo(payloadBefore).contains("HIGH");
    }

    private String payloadOf(String caseId) {
        return jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where payload_type like '%.ReferralReceived' and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""",
                String.class, caseId);
    }
}
