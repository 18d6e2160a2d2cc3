package io.harmsway.ops.access;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory.Member;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The access rule on its own: who may read and who may record on which team's cases. */
class AccessRuleTest {

    private static final Member IVY = new Member("ivy", Role.INVESTIGATOR, "north");
    private static final Member SUE = new Member("sue", Role.SUPERVISOR, "south");
    private static final Member ADA = new Member("ada", Role.AUDITOR, null);
    private static final Member NOBODYS = new Member("max", Role.INVESTIGATOR, null);

    @Test
    void investigatorsAndSupervisorsReadAndRecordTheirOwnTeamsCases() {
        assertThat(AccessRule.refusal(IVY, "north", Intent.READ, "the case")).isEmpty();
        assertThat(AccessRule.refusal(IVY, "north", Intent.WRITE, "the case")).isEmpty();
        assertThat(AccessRule.refusal(SUE, "south", Intent.WRITE, "the case")).isEmpty();
    }

    @Test
    void investigatorsAndSupervisorsNeitherReadNorRecordAnotherTeamsCases() {
        assertThat(AccessRule.refusal(IVY, "south", Intent.READ, "the case"))
                .contains("the case is another team's: ivy (investigator, team north) may read and record team north's cases only");
        assertThat(AccessRule.refusal(IVY, "south", Intent.WRITE, "the case")).isPresent();
        assertThat(AccessRule.refusal(SUE, "north", Intent.READ, "team 'north'"))
                .contains("team 'north' is another team's: sue (supervisor, team south) may read and record team south's cases only");
    }

    @Test
    void auditorsReadEveryTeamsCasesAndRecordNothing() {
        assertThat(AccessRule.refusal(ADA, "north", Intent.READ, "the case")).isEmpty();
        assertThat(AccessRule.refusal(ADA, "south", Intent.READ, "the case")).isEmpty();
        assertThat(AccessRule.refusal(ADA, "north", Intent.WRITE, "the case"))
                .contains("ada is an auditor: auditors read every team's cases and record nothing");
        assertThat(AccessRule.readsEveryTeam(ADA)).isTrue();
        assertThat(AccessRule.readsEveryTeam(SUE)).isFalse();
    }

    @Test
    void anOfficerOfNoTeamReadsNoTeamsCases() {
        assertThat(AccessRule.refusal(NOBODYS, "north", Intent.READ, "the case"))
                .contains("max belongs to no team, so may read and record no team's cases");
        assertThat(AccessRule.refusal(NOBODYS, null, Intent.READ, "the case")).isPresent();
    }

    @Test
    void readsAreTheMethodsThatChangeNothing() {
        assertThat(Intent.of("GET")).isEqualTo(Intent.READ);
        assertThat(Intent.of("HEAD")).isEqualTo(Intent.READ);
        assertThat(Intent.of("POST")).isEqualTo(Intent.WRITE);
        assertThat(Intent.of("DELETE")).isEqualTo(Intent.WRITE);
    }
}
