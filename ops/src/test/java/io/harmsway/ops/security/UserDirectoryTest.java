package io.harmsway.ops.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The holders of a position, as escalation steps name them. */
class UserDirectoryTest {

    final UserDirectory users = new UserDirectory(new UserProperties(List.of(
            new UserProperties.User("sam", "{noop}x", Role.SUPERVISOR, "north", List.of("Detective Inspector")),
            new UserProperties.User("dan", "{noop}x", Role.SUPERVISOR, "north", List.of("detective  chief inspector")),
            new UserProperties.User("sue", "{noop}x", Role.SUPERVISOR, "south", List.of("detective inspector")),
            new UserProperties.User("ivy", "{noop}x", Role.INVESTIGATOR, "north", null))));

    @Test
    void holdersAreTheTeamsUsersOfThatPositionWhateverItsCaseAndSpacing() {
        assertThat(users.holdersOf("north", "detective inspector")).containsExactly("sam");
        assertThat(users.holdersOf("north", " Detective Chief  Inspector ")).containsExactly("dan");
        assertThat(users.holdersOf("south", "detective inspector")).containsExactly("sue");
        assertThat(users.holdersOf("south", "detective chief inspector")).isEmpty();
        assertThat(users.holdersOf("west", "detective inspector")).isEmpty();
        assertThat(users.holdersOf(null, "detective inspector")).isEmpty();
    }
}
