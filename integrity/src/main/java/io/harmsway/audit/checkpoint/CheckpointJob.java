package io.harmsway.audit.checkpoint;

import io.harmsway.audit.api.Checkpoints;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The periodic checkpoint, on Quartz's clustered scheduler: one node takes it. */
@DisallowConcurrentExecution
public class CheckpointJob implements Job {

    public static final String NAME = "audit-checkpoint";
    public static final String GROUP = "audit";

    private final Checkpoints checkpoints;

    public CheckpointJob(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void execute(JobExecutionContext context) {
        checkpoints.take();
    }
}
