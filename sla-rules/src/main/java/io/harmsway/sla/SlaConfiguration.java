package io.harmsway.sla;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.SlaJobs;
import io.harmsway.sla.clock.ClockEvents;
import io.harmsway.sla.clock.ClockKeeper;
import io.harmsway.sla.clock.ClockStore;
import io.harmsway.sla.clock.SlaSweep;
import io.harmsway.sla.clock.SlaSweepJob;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.SlaRule;
import io.harmsway.sla.rules.Subject;
import org.axonframework.eventhandling.EventBus;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

/** Wires the SLA module: plain classes here, Spring only at this edge. */
@Configuration
@EnableConfigurationProperties(SlaProperties.class)
public class SlaConfiguration {

    @Bean
    RuleCatalogue ruleCatalogue(SlaProperties properties) {
        var allowed = new EnumMap<RiskGrade, Duration>(RiskGrade.class);
        properties.suspectInterviewDays().forEach((risk, days) -> allowed.put(risk, Duration.ofDays(days)));
        return new RuleCatalogue(List.of(new SlaRule("suspect-interview", 1,
                "Suspect interviewed after identification",
                "HMIC 2015, In harm's way: three months to interview a suspect accused of raping his grandson",
                Subject.SUSPECT, "SuspectIdentified", Set.of("SuspectInterviewed"), allowed)));
    }

    @Bean
    ClockStore clockStore(JdbcTemplate jdbc) {
        return new ClockStore(jdbc);
    }

    @Bean
    ClockEvents clockEvents(EventBus eventBus) {
        return new ClockEvents(eventBus);
    }

    @Bean
    ClockKeeper clockKeeper(RuleCatalogue catalogue, ClockStore store, ClockEvents events) {
        return new ClockKeeper(catalogue, store, events);
    }

    @Bean
    SlaSweep slaSweep(ClockStore store, ClockEvents events, RuleCatalogue catalogue,
                      PlatformTransactionManager transactionManager, Clock clock, SlaProperties properties) {
        return new SlaSweep(store, events, catalogue, new TransactionTemplate(transactionManager), clock,
                properties.sweepBatchSize());
    }

    @Bean
    JobDetail slaSweepJob() {
        return JobBuilder.newJob(SlaSweepJob.class).withIdentity(SlaJobs.SWEEP, SlaJobs.GROUP).storeDurably().build();
    }

    @Bean
    Trigger slaSweepTrigger(JobDetail slaSweepJob, SlaProperties properties) {
        return TriggerBuilder.newTrigger().forJob(slaSweepJob).withIdentity(SlaJobs.SWEEP, SlaJobs.GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.sweepInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
