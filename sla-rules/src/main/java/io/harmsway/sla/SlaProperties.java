package io.harmsway.sla;

import io.harmsway.cases.api.RiskGrade;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * SLA settings.
 *
 * @param suspectInterviewDays calendar days allowed from a suspect's identification to interview, per risk grade
 * @param sweepInterval        how often the Quartz sweep looks for due clocks
 * @param sweepBatchSize       clocks locked and raised per transaction
 */
@ConfigurationProperties("harmsway.sla")
public record SlaProperties(Map<RiskGrade, Integer> suspectInterviewDays,
                            @DefaultValue("30s") Duration sweepInterval,
                            @DefaultValue("500") int sweepBatchSize) {

    public SlaProperties {
        suspectInterviewDays = suspectInterviewDays == null
                ? Map.of(RiskGrade.HIGH, 7, RiskGrade.MEDIUM, 14, RiskGrade.STANDARD, 28)
                : Map.copyOf(suspectInterviewDays);
    }
}
