package io.harmsway.ops.readmodels;

import io.harmsway.ops.support.Postgres;
import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.query.QueryConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import io.harmsway.sla.api.WorkingDays;
import io.harmsway.sla.calendar.WorkingCalendar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a test class (registered as its static extension): a PostgreSQL database of its own, migrated
 * by the application's Flyway migrations as the owner role, with the read models wired as {@link QueryConfiguration}
 * wires them on the application's role, and nothing else of the application: no event store processor, no HTTP, no other test
 * writing to the same tables. Every read model is empty when each test starts; the database is
 * dropped after the last.
 */
final class ReadModelDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final Clock clock;
    private ScratchDatabase database;
    private AnnotationConfigApplicationContext readModels;
    private JdbcTemplate jdbc;

    /** {@code clock} is "now" for the read models' queries. */
    ReadModelDatabase(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeAll(ExtensionContext testClass) {
        database = ScratchDatabase.forTest();
        Flyway.configure().dataSource(database.url(), Postgres.OWNER.user(), Postgres.OWNER.password())
                .placeholders(Map.of("application_role", Postgres.APPLICATION.user())).load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), Postgres.APPLICATION.user(),
                Postgres.APPLICATION.password());
        jdbc = new JdbcTemplate(dataSource);
        readModels = new AnnotationConfigApplicationContext();
        readModels.registerBean(JdbcTemplate.class, () -> jdbc);
        readModels.registerBean(Clock.class, () -> clock);
        // What the inspection projection and the rebuild need of the application besides: the rules'
        // working days (no bank holidays: no read model test counts across one) and a transaction manager.
        readModels.registerBean(WorkingDays.class, () -> new WorkingCalendar(Set.of())::plusWorkingDays);
        readModels.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        readModels.register(QueryConfiguration.class);
        readModels.refresh();
    }

    /** Every read model empty, so each test starts from no history. */
    @Override
    public void beforeEach(ExtensionContext test) {
        jdbc.update("truncate " + String.join(", ", ReadModelTables.all()));
    }

    @Override
    public void afterAll(ExtensionContext testClass) {
        readModels.close();
        database.close();
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The handlers of one processing group, as its processor would call them. */
    ReadModel group(String name) {
        List<Object> handlers = readModels.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> bean.getClass().getAnnotation(ProcessingGroup.class).value().equals(name))
                .toList();
        return new ReadModel(handlers);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
