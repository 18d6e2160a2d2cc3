package io.harmsway.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * SLA settings. The rules' own numbers are settings too: each rule file writes them as
 * {@code ${harmsway.sla.<setting>:<default>}} (see docs/sla-rules.md).
 *
 * @param rules             where the rule files are (a Spring resource pattern; a directory outside
 *                          the jar is {@code file:/path/to/rules/*.yaml})
 * @param bankHolidays      the bank-holiday file working days are counted by (a Spring resource)
 * @param sweepInterval     how often the Quartz sweep looks for due clocks
 * @param sweepBatchSize    clocks locked and raised per transaction
 * @param backtestPageSize  events read per page by a backtest
 * @param workingDayStarts  when the working day starts (London time, on working days): a warning on
 *                          a clock counted in working days that falls earlier, or on a day off,
 *                          moves to this time of the next working day
 * @param workingDayEnds    when the working day ends: a warning falling at or after it moves to
 *                          the next working day's start (never past the deadline: then it is dropped)
 * @param keeperReadsPerBatch the clock keeper reads the facts and open clocks of a processor batch's
 *                          cases once for the batch, in one query each ({@code io.harmsway.sla.clock.KeeperBatch});
 *                          false: at every event, as before (for comparison)
 * @param keeperTokenInterval how often the {@code sla-clocks} processor stores its token (and extends
 *                          its claim) while it only passes events over (Axon's default is 5 s)
 */
@ConfigurationProperties("harmsway.sla")
public record SlaProperties(@DefaultValue(DEFAULT_RULES) String rules,
                            @DefaultValue(DEFAULT_BANK_HOLIDAYS) String bankHolidays,
                            @DefaultValue("30s") Duration sweepInterval,
                            @DefaultValue("500") int sweepBatchSize,
                            @DefaultValue("1000") int backtestPageSize,
                            @DefaultValue("09:00") LocalTime workingDayStarts,
                            @DefaultValue("17:00") LocalTime workingDayEnds,
                            @DefaultValue("true") boolean keeperReadsPerBatch,
                            @DefaultValue("500ms") Duration keeperTokenInterval) {

    public static final String DEFAULT_RULES = "classpath*:sla-rules/*.yaml";
    public static final String DEFAULT_BANK_HOLIDAYS = "classpath:sla-calendar/bank-holidays-england-and-wales.csv";
}
