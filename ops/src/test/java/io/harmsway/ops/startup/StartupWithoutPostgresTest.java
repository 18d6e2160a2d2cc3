package io.harmsway.ops.startup;

import io.harmsway.ops.HarmswayApplication;
import io.harmsway.ops.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With no PostgreSQL at the configured address, start-up says so plainly and says what to do. */
@ExtendWith(OutputCaptureExtension.class)
class StartupWithoutPostgresTest {

    @Test
    void reportsUnreachablePostgresWithWhatToDo(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        String url = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/harmsway";
        assertThatThrownBy(() -> SpringApplication.run(HarmswayApplication.class, url, "--server.port=0"))
                .isInstanceOf(PostgresUnreachable.class);

        String user = Postgres.USER;
        assertThat(output).contains("No PostgreSQL answers at 127.0.0.1:" + closedPort + " as user " + user)
                .contains("Start PostgreSQL").contains("PGHOST, PGPORT");
    }
}
