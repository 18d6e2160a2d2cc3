package io.harmsway.cases.api.format;

import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.SuspectIdentified;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseEventTypesTest {

    @Test
    void findsACaseEventByItsSimpleName() {
        assertThat(CaseEventTypes.named("SuspectIdentified")).contains(SuspectIdentified.class);
        assertThat(CaseEventTypes.named("EntryCorrected")).contains(EntryCorrected.class);
    }

    @Test
    void aCommandAMessageInterfaceOrAnUnknownNameIsNoCaseEvent() {
        assertThat(CaseEventTypes.named("IdentifySuspect")).isEmpty();
        assertThat(CaseEventTypes.named("CaseEvent")).isEmpty();
        assertThat(CaseEventTypes.named("SuspectVanished")).isEmpty();
    }

    @Test
    void onlyASimpleNameIsLookedUp() {
        assertThat(CaseEventTypes.named("io.harmsway.cases.api.SuspectIdentified")).isEmpty();
        assertThat(CaseEventTypes.named("suspectIdentified")).isEmpty();
        assertThat(CaseEventTypes.named(null)).isEmpty();
    }
}
