package io.harmsway.ops.access;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases recorded before the case-team table existed: their events are in the store but were never
 * seen by its processor. The migration after the table's fills it from the store, with each case's
 * latest team, and changes nothing for a case it already knows.
 */
class CaseTeamsFromHistoryIntegrationTest extends IntegrationTestBase {

    @Autowired
    EventStorageEngine storage;

    @Test
    void aCaseRecordedBeforeTheTableIsFilledInWithTheTeamOfItsLatestTransfer() {
        Instant at = clock.instant();
        String older = UUID.randomUUID().toString();
        MetaData byIvy = MetaData.with(CaseMetadata.ACTOR, "ivy");
        // Straight into the store, past the event bus: as the events recorded before the table were.
        storage.appendEvents(
                new GenericDomainEventMessage<>("CaseFile", older, 0, new ReferralReceived(older, "north", "child-1", 9,
                        AllegationCategory.NEGLECT, RiskGrade.STANDARD, "phone", "school", false, at), byIvy),
                new GenericDomainEventMessage<>("CaseFile", older, 1, new CaseTransferred(older, "south", "ian", at), byIvy));
        String live = ivy.openCase("HIGH", at);
        Api ian = Api.as(http, "ian");
        assertThat(ian.get("/api/cases/" + older + "/timeline").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        new CaseTeamsFromHistory().fill(jdbc);
        new CaseTeamsFromHistory().fill(jdbc);

        assertThat(ian.get("/api/cases/" + older + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ivy.get("/api/cases/" + older + "/timeline").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ivy.get("/api/cases/" + live + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ian.get("/api/cases/" + live + "/timeline").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
