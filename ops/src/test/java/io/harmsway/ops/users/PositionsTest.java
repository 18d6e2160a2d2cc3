package io.harmsway.ops.users;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsTest {

    @Test
    void comparesPositionsAsTheRulesNameThem() {
        assertThat(Positions.normalised("  Detective \t Chief   INSPECTOR ")).isEqualTo("detective chief inspector");
    }

    @Test
    void keepsEachPositionOnceInTheOrderGiven() {
        assertThat(Positions.normalised(List.of("Detective Inspector", "detective sergeant", "detective  inspector")))
                .containsExactly("detective inspector", "detective sergeant");
    }
}
