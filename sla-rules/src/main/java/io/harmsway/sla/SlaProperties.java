package io.harmsway.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

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
 */
@ConfigurationProperties("harmsway.sla")
public record SlaProperties(@DefaultValue(DEFAULT_RULES) String rules,
                            @DefaultValue(DEFAULT_BANK_HOLIDAYS) String bankHolidays,
                            @DefaultValue("30s") Duration sweepInterval,
                            @DefaultValue("500") int sweepBatchSize,
                            @DefaultValue("1000") int backtestPageSize) {

    public static final String DEFAULT_RULES = "classpath*:sla-rules/*.yaml";
    public static final String DEFAULT_BANK_HOLIDAYS = "classpath:sla-calendar/bank-holidays-england-and-wales.csv";
}
