package io.harmsway.sla.api;

/** Names by which operators and tests can reach the SLA module's Quartz jobs. */
public final class SlaJobs {

    public static final String GROUP = "sla";
    public static final String SWEEP = "sla-sweep";

    private SlaJobs() {
    }
}
