package io.harmsway.ops.benchmark;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Properties;

/**
 * One Quartz trigger per deadline through Axon's {@link QuartzDeadlineManager}: a clustered JDBC
 * job store of its own (scheduler name {@value #NAME}) in the same database, held in standby while
 * deadlines are scheduled, so that starting it is the end of an outage.
 */
final class QuartzDeadlines implements AutoCloseable {

    static final String NAME = "harmsway-deadline-benchmark";

    private final SchedulerFactoryBean factory = new SchedulerFactoryBean();
    private final Scheduler scheduler;
    private final QuartzDeadlineManager deadlines;

    QuartzDeadlines(DataSource dataSource, Configuration axon, int threads, int acquiredPerLock, long misfireThresholdMs)
            throws Exception {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.useProperties", "false");
        quartz.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        quartz.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(acquiredPerLock));
        quartz.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(misfireThresholdMs));
        factory.setDataSource(dataSource);
        factory.setSchedulerName(NAME);
        factory.setQuartzProperties(quartz);
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        scheduler = factory.getObject();
        deadlines = QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(axon.serializer())
                .transactionManager(axon.getComponent(TransactionManager.class))
                .build();
    }

    void schedule(String clockId, Instant dueAt) {
        deadlines.schedule(dueAt, OverdueClock.DEADLINE, clockId,
                new AggregateScopeDescriptor(OverdueClock.class.getSimpleName(), clockId));
    }

    void start() throws SchedulerException {
        scheduler.start();
    }

    @Override
    public void close() throws SchedulerException {
        deadlines.shutdown();
        factory.destroy();
    }
}
