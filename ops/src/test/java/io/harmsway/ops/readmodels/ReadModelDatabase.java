package io.harmsway.ops.readmodels;

import io.harmsway.ops.support.Postgres;
import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.query.QueryConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.util.List;

/**
 * A PostgreSQL database of its own, migrated by the application's Flyway migrations, with the read
 * models wired as {@link QueryConfiguration} wires them, and nothing else of the application: no
 * event store processor, no HTTP, no other test writing to the same tables.
 */
final class ReadModelDatabase implements AutoCloseable {

    private final ScratchDatabase database = ScratchDatabase.forTest();
    private final AnnotationConfigApplicationContext readModels = new AnnotationConfigApplicationContext();
    private final JdbcTemplate jdbc;

    ReadModelDatabase(Clock clock) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), Postgres.USER, Postgres.PASSWORD);
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        readModels.registerBean(JdbcTemplate.class, () -> jdbc);
        readModels.registerBean(Clock.class, () -> clock);
        readModels.register(QueryConfiguration.class);
        readModels.refresh();
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

    /** Every read model empty, so each test starts from no history. */
    void clear() {
        jdbc.update("truncate " + String.join(", ", ReadModelTables.all()));
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Override
    public void close() {
        readModels.close();
        database.close();
    }
}
