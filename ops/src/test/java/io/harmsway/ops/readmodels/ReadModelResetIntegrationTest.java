package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.query.ReadModels;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A read model's reset, which starts its rebuild, clears its own tables and no other family's. */
class ReadModelResetIntegrationTest {

    private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DUE = REFERRED.plus(Duration.ofDays(7));

    @RegisterExtension
    static final ReadModelDatabase DATABASE = new ReadModelDatabase(new MutableClock(REFERRED));

    @BeforeEach
    void everyReadModelHasTheSameHistory() throws Exception {
        EventFeed feed = new EventFeed(DATABASE.group(ReadModels.TIMELINE), DATABASE.group(ReadModels.CASE_LIST),
                DATABASE.group(ReadModels.ALERTS), DATABASE.group(ReadModels.BREACH_HISTORY));
        feed.recorded("ivy", REFERRED, new ReferralReceived("case-1", "north", "child-1", 9,
                AllegationCategory.NEGLECT, RiskGrade.HIGH, "phone call to MASH", "school", false, REFERRED));
        feed.recorded("ivy", REFERRED, new SuspectIdentified("case-1", "suspect-1", false, REFERRED));
        feed.appendedBySla(REFERRED.plusSeconds(1), new SlaClockStarted("clock-1", "case-1", "suspect-interview", 1,
                "Interview the suspect", "suspect-1", RiskGrade.HIGH, REFERRED, DUE));
        feed.appendedBySla(DUE.plusSeconds(30), new SlaClockBreached("clock-1", "case-1", "suspect-interview",
                "Interview the suspect", "suspect-1", DUE, "supervisor", DUE));
        assertThat(ReadModelTables.all()).allSatisfy(table -> assertThat(DATABASE.count(table)).as(table).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {ReadModels.TIMELINE, ReadModels.CASE_LIST, ReadModels.ALERTS, ReadModels.BREACH_HISTORY})
    void aResetClearsOnlyItsOwnTables(String group) {
        Map<String, Long> others = counts(ReadModelTables.ofOtherGroupsThan(group));

        DATABASE.group(group).reset();

        assertThat(ReadModelTables.BY_GROUP.get(group))
                .allSatisfy(table -> assertThat(DATABASE.count(table)).as(table).isZero());
        assertThat(counts(ReadModelTables.ofOtherGroupsThan(group))).isEqualTo(others);
    }

    private static Map<String, Long> counts(List<String> tables) {
        return tables.stream().collect(Collectors.toMap(Function.identity(), DATABASE::count));
    }
}
