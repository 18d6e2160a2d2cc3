package io.harmsway.sla;

import io.harmsway.sla.api.RuleRejected;
import io.harmsway.sla.calendar.BankHolidays;
import io.harmsway.sla.calendar.WorkingCalendar;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.RuleFileReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds the rule files and the bank-holiday file by location (classpath or file system) and
 * builds the catalogue from them. Used by the application at start and by the command line.
 */
public final class RuleResources {

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final UnaryOperator<String> placeholders;

    public RuleResources(UnaryOperator<String> placeholders) {
        this.placeholders = placeholders;
    }

    public RuleCatalogue catalogue(String rulesLocation, String bankHolidaysLocation) {
        WorkingCalendar calendar = calendar(bankHolidaysLocation);
        return new RuleCatalogue(reader().readAll(ruleTexts(rulesLocation)), calendar);
    }

    public RuleFileReader reader() {
        return new RuleFileReader(placeholders);
    }

    public WorkingCalendar calendar(String location) {
        Resource resource = resolver.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("bank-holiday file " + location + " does not exist");
        }
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return BankHolidays.read(location, reader);
        } catch (IOException e) {
            throw new IllegalStateException("bank-holiday file " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Map<String, String> ruleTexts(String location) {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            List<Resource> files = Arrays.stream(resolver.getResources(location))
                    .sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename()))).toList();
            for (Resource file : files) {
                String name = file.getFilename() + " (" + location + ")";
                texts.put(name, new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RuleRejected(location, null, List.of(new RuleRejected.Fault("(files)", "cannot be read: " + e.getMessage())));
        }
        return texts;
    }
}
