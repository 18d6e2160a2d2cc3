package io.harmsway.ops.sla;

import io.harmsway.ops.HarmswayApplication;
import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.sla.clock.SlaSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on the same database, sweeping at the same moment: every warning, breach
 * and escalation is raised exactly once. The second node is a whole second application context,
 * sharing only the database and the (test) clock.
 */
class TwoNodesSweepIntegrationTest extends IntegrationTestBase {

    ConfigurableApplicationContext secondNode;

    @AfterEach
    void stopSecondNodeAndRestartTheFirstNodesSchedule() throws SchedulerException {
        if (secondNode != null) {
            secondNode.close();
        }
        scheduler.start();
    }

    @Autowired
    SlaSweep thisNodesSweep;

    @Test
    void twoNodesSweepingAtOnceRaiseEachWarningBreachAndEscalationOnce() throws Exception {
        // Command-line arguments, so that they win over application.yml as the first node's test properties do.
        secondNode = new SpringApplicationBuilder(HarmswayApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--spring.datasource.url=" + FreshDatabase.url(), "--server.port=0",
                        "--harmsway.sla.sweep-interval=1h", "--harmsway.sla.sweep-batch-size=7");
        assertThat(secondNode.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(FreshDatabase.url());
        assertThat(secondNode.getBean(Clock.class)).isSameAs(clock);
        SlaSweep otherSweep = secondNode.getBean(SlaSweep.class);
        // Only the two sweeps this test runs may sweep: a periodic one would use its own "now".
        quiet(scheduler);
        quiet(secondNode.getBean(Scheduler.class));
        Instant start = clock.instant();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String caseId = ivy.openCase("HIGH", start);
            ivy.identifySuspect(caseId, start);
            cases.add(caseId);
        }
        await().untilAsserted(() -> assertThat(clocksOf(cases, "suspect-interview")).isEqualTo(12));

        List<Integer> sweptByEachNode = new ArrayList<>(List.of(0, 0));
        for (Duration step : List.of(Duration.ofHours(84), Duration.ofHours(42), Duration.ofHours(42), Duration.ofHours(24))) {
            clock.advance(step);
            Instant now = clock.instant();
            sweep.awaitKeeper();
            // A sweep skips a clock whose row another transaction holds at that instant and takes it
            // on its next run (in production, one sweep interval later); so, at each moment, both
            // nodes sweep until none of these cases' clocks is due any more.
            await().untilAsserted(() -> {
                int[] swept = sweepTogether(thisNodesSweep, otherSweep);
                sweptByEachNode.set(0, sweptByEachNode.get(0) + swept[0]);
                sweptByEachNode.set(1, sweptByEachNode.get(1) + swept[1]);
                assertThat(dueClocks(cases, now)).isZero();
            });
        }

        assertThat(sweptByEachNode.get(0) + sweptByEachNode.get(1)).isGreaterThanOrEqualTo(48);
        assertThat(raised(cases, "SlaClockWarned")).isEqualTo(24);
        assertThat(raised(cases, "SlaClockBreached")).isEqualTo(12);
        assertThat(raised(cases, "SlaClockEscalated")).isEqualTo(12);
        assertThat(jdbc.queryForObject("""
                select count(*) from (
                    select convert_from(payload, 'UTF8')::jsonb ->> 'clockId' as clock_id, payload_type,
                           convert_from(payload, 'UTF8')::jsonb ->> 'occurredAt' as at
                    from domain_event_entry where payload_type like '%.SlaClock%'
                    group by 1, 2, 3 having count(*) > 1) duplicates""", Long.class)).isZero();
    }

    private static void quiet(Scheduler scheduler) throws SchedulerException {
        scheduler.standby();
        await().until(() -> scheduler.getCurrentlyExecutingJobs().isEmpty());
    }

    /** Both sweeps at the same moment; answers how many clocks each handled. */
    private int[] sweepTogether(SlaSweep one, SlaSweep other) throws Exception {
        CyclicBarrier bothReady = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sweepWhenReady(one, bothReady));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sweepWhenReady(other, bothReady));
        return new int[]{first.get(), second.get()};
    }

    private static int sweepWhenReady(SlaSweep sweep, CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sweep.sweepDue();
    }

    private long dueClocks(List<String> cases, Instant now) {
        return jdbc.queryForObject("select count(*) from sla_clock where case_id = any (?) and next_attention_at <= ?",
                Long.class, cases.toArray(String[]::new), Timestamp.from(now));
    }

    private long clocksOf(List<String> cases, String ruleId) {
        return jdbc.queryForObject("select count(*) from sla_clock where rule_id = ? and case_id = any (?)", Long.class,
                ruleId, cases.toArray(String[]::new));
    }

    private long raised(List<String> cases, String type) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where payload_type like ? and convert_from(payload, 'UTF8')::jsonb ->> 'ruleId' = 'suspect-interview'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = any (?)""",
                Long.class, "%." + type, cases.toArray(String[]::new));
    }
}
