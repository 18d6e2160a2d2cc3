package io.harmsway.sla.clock;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic Quartz job that runs the sweep. Quartz runs a few such jobs, never one trigger
 * per clock: Quartz's own lock and trigger scan do not scale to one trigger per deadline.
 */
@DisallowConcurrentExecution
public class SlaSweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SlaSweepJob.class);

    private final SlaSweep sweep;

    public SlaSweepJob(SlaSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int raised = sweep.sweepDue();
        if (raised > 0) {
            log.info("SLA sweep raised {} clock(s)", raised);
        }
    }
}
