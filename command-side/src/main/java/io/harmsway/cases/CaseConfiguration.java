package io.harmsway.cases;

import io.harmsway.cases.command.CaseFile;
import io.harmsway.cases.upcasting.CaseUpcasters;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/**
 * The case module's wiring, in plain Axon: the {@link CaseFile} aggregate, kept in the given cache
 * between commands, and the upcasters that read older stored shapes of case events, in their
 * order. The application registers this one class; nothing outside the module names the
 * aggregate or an upcaster.
 */
public final class CaseConfiguration implements ConfigurerModule {

    private final Cache caseCache;

    public CaseConfiguration(Cache caseCache) {
        this.caseCache = caseCache;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(CaseFile.class).configureCache(config -> caseCache));
        CaseUpcasters.all().forEach(upcaster -> configurer.registerEventUpcaster(config -> upcaster));
    }
}
