package io.harmsway.ops.processing;

import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a failed event holds, its parking can be stored: text columns refuse NUL and have a length. */
class StorableFailureTest {

    @Test
    void aCaseIdTheTableCannotHoldIsParkedUnderItsDigest() {
        Object withNul = ParkingDeadLetterQueue.storable("case\u0000one");
        Object tooLong = ParkingDeadLetterQueue.storable("c".repeat(256));

        assertThat(withNul).asString().startsWith("sha-256:").hasSize("sha-256:".length() + 64);
        assertThat(tooLong).asString().startsWith("sha-256:").isNotEqualTo(withNul);
        assertThat(ParkingDeadLetterQueue.storable("case\u0000one")).as("the same case, the same sequence")
                .isEqualTo(withNul);
        assertThat(ParkingDeadLetterQueue.storable("c".repeat(255))).isEqualTo("c".repeat(255));
    }

    @Test
    void theCauseIsTheInnermostFailureWithoutNulAndNoLongerThanItsColumn() {
        SQLException refusal = new SQLException("ERROR: value \u0000 refused " + "x".repeat(2000));

        ThrowableCause cause = StorableCause.of(new DataIntegrityViolationException("insert into timeline_entry ...", refusal));

        assertThat(cause.type()).isEqualTo(SQLException.class.getName());
        assertThat(cause.message()).startsWith("ERROR: value \uFFFD refused").doesNotContain("\u0000")
                .hasSize(ThrowableCause.TRUNCATED_MESSAGE_SIZE);
    }
}
