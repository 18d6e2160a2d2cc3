package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.Postgres;
import io.harmsway.ops.support.ScratchDatabase;

import io.harmsway.ops.HarmswayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real application, started as {@code java -jar} would start it, against a scratch database;
 * the given properties are passed as command-line arguments, so they win over application.yml.
 * It runs from the test class path, so the tests' own configurations (their movable clock) are
 * kept out of component scanning.
 */
final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    RunningApplication(ScratchDatabase database, String... properties) {
        this(database, Map.of(), properties);
    }

    /** {@code extraBeans} are added to the context before it starts, e.g. an Axon configurer module. */
    RunningApplication(ScratchDatabase database, Map<String, Object> extraBeans, String... properties) {
        this(database, List.of(), extraBeans, properties);
    }

    /**
     * {@code extraConfigurations} are loaded with the application's own, e.g. a benchmark's
     * {@code @TestConfiguration} (which component scanning leaves out).
     */
    RunningApplication(ScratchDatabase database, List<Class<?>> extraConfigurations, Map<String, Object> extraBeans,
                       String... properties) {
        this(database.url(), extraConfigurations, extraBeans, properties);
    }

    /** On the database at {@code url}, made by a benchmark (another node's, see {@link SecondNode}). */
    RunningApplication(String url, String... properties) {
        this(url, List.of(), Map.of(), properties);
    }

    private RunningApplication(String url, List<Class<?>> extraConfigurations, Map<String, Object> extraBeans,
                               String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + Postgres.APPLICATION.user(),
                "spring.datasource.password=" + Postgres.APPLICATION.password(),
                "spring.flyway.user=" + Postgres.OWNER.user(),
                "spring.flyway.password=" + Postgres.OWNER.password(),
                "server.port=0",
                "spring.main.banner-mode=off",
                "logging.level.root=warn",
                "logging.level.org.springdoc=error"));
        all.addAll(List.of(properties));
        context = new SpringApplicationBuilder(HarmswayApplication.class)
                .sources(extraConfigurations.toArray(Class<?>[]::new))
                .initializers(app -> {
                    app.getBeanFactory().registerSingleton("testTypesExcluded", new TestTypesExcluded());
                    extraBeans.forEach(app.getBeanFactory()::registerSingleton);
                })
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /** The port the application's HTTP server listens on (on this machine only). */
    int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Leaves out the configurations that only tests should load. */
    static final class TestTypesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
