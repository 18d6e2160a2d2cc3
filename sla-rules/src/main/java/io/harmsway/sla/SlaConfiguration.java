package io.harmsway.sla;

import io.harmsway.sla.api.SlaJobs;
import io.harmsway.sla.api.WorkingDays;
import io.harmsway.sla.backtest.Backtest;
import io.harmsway.sla.backtest.BacktestDesk;
import io.harmsway.sla.backtest.EventHistory;
import io.harmsway.sla.clock.CaseEventInterpreter;
import io.harmsway.sla.clock.CaseFactsStore;
import io.harmsway.sla.clock.ClockDesk;
import io.harmsway.sla.clock.ClockEvents;
import io.harmsway.sla.clock.ClockKeeper;
import io.harmsway.sla.clock.ClockMachine;
import io.harmsway.sla.clock.ClockStore;
import io.harmsway.sla.clock.ClockWriter;
import io.harmsway.sla.clock.DueDates;
import io.harmsway.sla.clock.EventsThatMatter;
import io.harmsway.sla.clock.KeeperBatch;
import io.harmsway.sla.clock.KeeperHorizon;
import io.harmsway.sla.clock.ProcessorTokens;
import io.harmsway.sla.clock.SlaSweep;
import io.harmsway.sla.clock.StoredCases;
import io.harmsway.sla.clock.StoredClocks;
import io.harmsway.sla.clock.SlaSweepJob;
import io.harmsway.sla.rules.CatalogueListing;
import io.harmsway.sla.rules.RuleCatalogue;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.serialization.Serializer;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Wires the SLA module: plain classes here, Spring only at this edge. */
@Configuration
@EnableConfigurationProperties(SlaProperties.class)
public class SlaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlaConfiguration.class);

    @Bean
    RuleResources ruleResources(Environment environment) {
        return new RuleResources(environment::resolveRequiredPlaceholders);
    }

    /** Read at start: a malformed rule file stops the application, naming the file, the rule and the fault. */
    @Bean
    RuleCatalogue ruleCatalogue(RuleResources resources, SlaProperties properties) {
        RuleCatalogue read = resources.catalogue(properties.rules(), properties.bankHolidays());
        RuleCatalogue catalogue = new RuleCatalogue(read.versions(), read.calendar()
                .withWorkingHours(properties.workingDayStarts(), properties.workingDayEnds()));
        log.info("SLA rule catalogue: {} rule version(s) from {}, {} bank holidays from {}, working hours {} to {}",
                catalogue.versions().size(), properties.rules(), catalogue.calendar().bankHolidayCount(),
                properties.bankHolidays(), properties.workingDayStarts(), properties.workingDayEnds());
        return catalogue;
    }

    /** The catalogue's calendar, for readers outside the module that count working days as the rules do. */
    @Bean
    WorkingDays workingDays(RuleCatalogue catalogue) {
        return catalogue.calendar()::plusWorkingDays;
    }

    @Bean
    DueDates dueDates(RuleCatalogue catalogue) {
        return new DueDates(catalogue.calendar());
    }

    @Bean
    ClockMachine clockMachine(DueDates dueDates) {
        return new ClockMachine(dueDates);
    }

    @Bean
    CatalogueListing catalogueListing(RuleCatalogue catalogue, Clock clock) {
        return new CatalogueListing(catalogue, clock);
    }

    @Bean
    ClockStore clockStore(JdbcTemplate jdbc) {
        return new ClockStore(jdbc);
    }

    /** The one writer of clock rows, each change with its events: every path below goes through it. */
    @Bean
    ClockWriter clockWriter(JdbcTemplate jdbc, EventBus eventBus, RuleCatalogue catalogue) {
        return new ClockWriter(jdbc, new ClockEvents(eventBus), catalogue.calendar());
    }

    /** The case event types that may change a clock under the catalogue: what the keeper takes up and the sweep waits for. */
    @Bean
    EventsThatMatter eventsThatMatter(RuleCatalogue catalogue) {
        return new EventsThatMatter(catalogue);
    }

    @Bean
    ClockKeeper clockKeeper(RuleCatalogue catalogue, ClockMachine machine, JdbcTemplate jdbc, ClockStore store,
                            ClockWriter writer, EventsThatMatter eventsThatMatter, SlaProperties properties) {
        CaseFactsStore facts = new CaseFactsStore(jdbc);
        KeeperBatch batch = new KeeperBatch(eventsThatMatter, facts, store,
                properties.keeperReadsPerBatch());
        return new ClockKeeper(new CaseEventInterpreter(catalogue, machine, new StoredCases(facts, batch),
                new StoredClocks(store, writer, catalogue, batch)));
    }

    /**
     * The keeper is a handler of its own, not an annotated one (see {@link ClockKeeper}), so it is
     * registered here; its {@code @ProcessingGroup} places it in {@value ClockKeeper#GROUP}. Looked
     * up when the processors are built: the keeper needs the event bus, which needs this module.
     *
     * <p>A batch of only events the keeper passes over (the clock events it appended itself, the
     * last ones of any burst) commits no work, and Axon then stores the processor's token only
     * when it next extends its claim (every 5 s by default). Here that is every
     * {@code harmsway.sla.keeper-token-interval}, so the token soon says how far the keeper has got.
     */
    @Bean
    ConfigurerModule clockKeeperRegistration(ObjectProvider<ClockKeeper> keeper, SlaProperties properties) {
        long tokenInterval = properties.keeperTokenInterval().toMillis();
        return configurer -> configurer.eventProcessing()
                .registerEventHandler(config -> keeper.getObject())
                .registerPooledStreamingEventProcessorConfiguration(ClockKeeper.GROUP,
                        (config, processor) -> processor.claimExtensionThreshold(tokenInterval));
    }

    @Bean
    ClockDesk clockDesk(ClockStore store, ClockWriter writer, RuleCatalogue catalogue, ClockMachine machine,
                        Clock clock) {
        return new ClockDesk(store, writer, catalogue, machine, clock);
    }

    @Bean
    BacktestDesk backtestDesk(RuleResources resources, DueDates dueDates, JdbcTemplate jdbc,
                              @Qualifier("eventSerializer") Serializer eventSerializer, Clock clock,
                              SlaProperties properties) {
        return new BacktestDesk(resources.reader(), new Backtest(dueDates),
                new EventHistory(jdbc, eventSerializer, properties.backtestPageSize()), clock);
    }

    /** How far the sweep may judge: up to where the clock keeper, on whichever node, has taken in every case event. */
    @Bean
    KeeperHorizon keeperHorizon(JdbcTemplate jdbc, @Qualifier("serializer") Serializer tokenSerializer,
                                EventsThatMatter eventsThatMatter) {
        return new KeeperHorizon(new ProcessorTokens(jdbc, tokenSerializer), jdbc, eventsThatMatter);
    }

    @Bean
    SlaSweep slaSweep(ClockStore store, ClockWriter writer, RuleCatalogue catalogue, KeeperHorizon keeperHorizon,
                      PlatformTransactionManager transactionManager, Clock clock, SlaProperties properties) {
        return new SlaSweep(store, writer, catalogue, new TransactionTemplate(transactionManager), keeperHorizon, clock,
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
