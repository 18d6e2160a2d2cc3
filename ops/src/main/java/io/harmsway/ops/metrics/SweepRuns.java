package io.harmsway.ops.metrics;

import io.harmsway.sla.api.SlaJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The SLA sweep as Quartz runs it: how long each run on this node took (a timer, from a job
 * listener, so the sweep itself knows nothing of metrics), and, from the trigger Quartz keeps in
 * the database for the whole cluster, when it last started and how late its next start is. Quartz
 * keeps its fire times by the system's clock, so they are compared with the system's clock here,
 * not with the application's (which says when things happened to cases).
 */
public class SweepRuns implements JobListener {

    static final JobKey SWEEP = JobKey.jobKey(SlaJobs.SWEEP, SlaJobs.GROUP);
    private static final TriggerKey TRIGGER = TriggerKey.triggerKey(SlaJobs.SWEEP, SlaJobs.GROUP);
    private static final String STARTED = SweepRuns.class.getName() + ".started";

    private final Scheduler scheduler;
    private final Clock quartzTime;
    private final Duration interval;
    private final Timer duration;

    SweepRuns(Scheduler scheduler, Clock quartzTime, Duration interval, MeterRegistry registry) {
        this.scheduler = scheduler;
        this.quartzTime = quartzTime;
        this.interval = interval;
        this.duration = Timer.builder("harmsway.sla.sweep.duration").description("how long each SLA sweep took on this node")
                .register(registry);
        Gauge.builder("harmsway.sla.sweep.late.seconds", this, runs -> runs.schedule().lateSeconds())
                .description("how long the sweep's next run is overdue (0 while on time), across the cluster")
                .register(registry);
        Gauge.builder("harmsway.sla.sweep.since.last.seconds", this, runs -> runs.schedule().sinceLastSeconds())
                .description("how long ago the sweep last started, anywhere in the cluster (-1: never)")
                .register(registry);
    }

    /** The sweep's schedule as Quartz's trigger says it now; empty trigger times when it has none. */
    public SweepSchedule schedule() {
        Trigger trigger;
        try {
            trigger = scheduler.getTrigger(TRIGGER);
        } catch (SchedulerException unreadable) {
            trigger = null;
        }
        return new SweepSchedule(trigger != null, instant(trigger == null ? null : trigger.getPreviousFireTime()),
                instant(trigger == null ? null : trigger.getNextFireTime()), quartzTime.instant(), interval);
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    @Override
    public String getName() {
        return SweepRuns.class.getName();
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        if (SWEEP.equals(context.getJobDetail().getKey())) {
            context.put(STARTED, System.nanoTime());
        }
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        if (context.get(STARTED) instanceof Long started) {
            duration.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
