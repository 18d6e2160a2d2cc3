package io.harmsway.ops.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.ScratchDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * Actions recorded per second through the command path (the real application, its command
 * gateway and real commands), against plain JDBC single-row inserts into a table of the event
 * table's shape, same number of rows, same concurrency, same run. Run it with
 * {@code bench/command-path [--actions=20000] [--clients=8] [--suspects-per-case=3] [--warmup=2000]}
 * {@code [--pause-processors=1]} (to see what the streaming processors' concurrent work costs).
 */
public final class CommandPathBenchmark {

    private CommandPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int actions = options.integer("actions", 20_000);
        int clients = options.integer("clients", 8);
        int suspects = options.integer("suspects-per-case", 3);
        int warmup = options.integer("warmup", 2_000);
        boolean pauseProcessors = options.integer("pause-processors", 0) == 1;

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database)) {
            CaseActions cases = new CaseActions(app.bean(CommandGateway.class), app.bean("clock", Clock.class), suspects);
            ObjectMapper axonJson = app.bean("defaultAxonObjectMapper", ObjectMapper.class);
            PlainInserts plain = new PlainInserts(database, cases.storedPayloads(axonJson), cases.storedMetaData(axonJson));
            Backlog backlog = new Backlog(app.bean(JdbcTemplate.class));
            Collection<EventProcessor> processors =
                    app.bean(EventProcessingConfiguration.class).eventProcessors().values();
            int caseCount = actions / cases.actionsPerCase();
            Clients workers = new Clients(clients);

            System.out.printf("command path benchmark: %,d actions (%,d cases of %d), %d clients, %d cores%n",
                    caseCount * cases.actionsPerCase(), caseCount, cases.actionsPerCase(), clients,
                    Runtime.getRuntime().availableProcessors());
            workers.run(warmup / cases.actionsPerCase(), (client, n) -> cases.record(n));
            plain.run(warmup / plain.rowsPerCase(), clients);
            backlog.awaitCaughtUp(Duration.ofMinutes(5));

            Rate plainRate = plain.run(caseCount, clients);
            System.out.println("plain JDBC, one row per transaction: " + plainRate);
            if (pauseProcessors) {
                processors.forEach(EventProcessor::shutDown);
            }
            Rate commandRate = workers.run(caseCount, (client, n) -> cases.record(n));
            System.out.println("command path (CommandGateway):      " + commandRate
                    + (pauseProcessors ? " (processors paused)" : ""));
            if (pauseProcessors) {
                processors.forEach(EventProcessor::start);
            }
            Duration catchUp = backlog.awaitCaughtUp(Duration.ofMinutes(5));
            System.out.printf("processors (read models, sla-clocks) caught up %.2f s after the last command%n",
                    catchUp.toNanos() / 1e9);
            System.out.println("processor segments: " + backlog.segments());
            System.out.printf("ratio command path / plain JDBC: %.2f (aim: at least 0.50)%n",
                    commandRate.ratioTo(plainRate));
        }
        // Axon leaves a non-daemon housekeeping thread behind; the benchmark is over.
        System.exit(0);
    }
}
