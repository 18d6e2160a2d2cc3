package io.harmsway.ops.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One case's worth of real actions through the command path: open the case from a referral, then
 * identify suspects, each a command that appends one event (and starts an SLA clock downstream).
 */
final class CaseActions {

    private static final RiskGrade[] GRADES = RiskGrade.values();

    private final CommandGateway commands;
    private final Clock clock;
    private final int suspectsPerCase;

    CaseActions(CommandGateway commands, Clock clock, int suspectsPerCase) {
        this.commands = commands;
        this.clock = clock;
        this.suspectsPerCase = suspectsPerCase;
    }

    int actionsPerCase() {
        return 1 + suspectsPerCase;
    }

    /** Records one case; answers the number of actions recorded. */
    int record(int caseNo) {
        String caseId = UUID.randomUUID().toString();
        Instant referred = clock.instant().minus(Duration.ofHours(2));
        commands.sendAndWait(new RecordReferral(caseId, "north", 9, AllegationCategory.SEXUAL_ABUSE,
                GRADES[caseNo % GRADES.length], "phone call to MASH", "school", false, referred));
        for (int suspect = 1; suspect <= suspectsPerCase; suspect++) {
            commands.sendAndWait(new IdentifySuspect(caseId, false, referred.plus(Duration.ofMinutes(suspect))));
        }
        return actionsPerCase();
    }

    /** The events one case appends, serialised as the event store stores them: the plain rows' payloads. */
    List<byte[]> storedPayloads(ObjectMapper axonJson) throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant referred = clock.instant();
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(axonJson.writeValueAsBytes(new ReferralReceived(caseId, "north", "child-1", 9,
                AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, "phone call to MASH", "school", false, referred)));
        for (int suspect = 1; suspect <= suspectsPerCase; suspect++) {
            payloads.add(axonJson.writeValueAsBytes(new SuspectIdentified(caseId, "suspect-" + suspect, false, referred)));
        }
        return payloads;
    }

    /** Metadata of the size a command's event carries: actor, receipt time, correlation and trace ids. */
    byte[] storedMetaData(ObjectMapper axonJson) throws Exception {
        return axonJson.writeValueAsBytes(Map.of("actor", "system", "receivedAt", clock.instant().toString(),
                "correlationId", UUID.randomUUID().toString(), "traceId", UUID.randomUUID().toString()));
    }
}
