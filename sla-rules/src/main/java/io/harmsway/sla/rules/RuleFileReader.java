package io.harmsway.sla.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.harmsway.sla.api.RuleRejected;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads rule files. Each file is one version of one rule. Numbers in a file may be settings,
 * written {@code ${harmsway.sla.some-setting:default}}, so every number can be configured without
 * editing the file; the placeholders are resolved before the YAML is read.
 */
public final class RuleFileReader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final UnaryOperator<String> placeholders;

    /** @param placeholders resolves {@code ${...}} settings in a file's text, failing on an unknown one without default */
    public RuleFileReader(UnaryOperator<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** One rule version from one file's text; a fault anywhere rejects the file, naming every fault. */
    public SlaRule read(String fileName, String text) {
        String resolved;
        try {
            resolved = placeholders.apply(text);
        } catch (IllegalArgumentException e) {
            throw new RuleRejected(fileName, null, List.of(new RuleRejected.Fault("(setting)", e.getMessage())));
        }
        JsonNode root;
        try {
            root = yaml.readTree(resolved);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new RuleRejected(fileName, null, List.of(new RuleRejected.Fault("(yaml)",
                    "is not valid YAML" + where + ": " + e.getOriginalMessage())));
        }
        RuleParser parser = new RuleParser();
        SlaRule rule = parser.parse(root);
        if (rule == null) {
            throw new RuleRejected(fileName, parser.idOf(root), parser.faults().list());
        }
        return rule;
    }

    /** A whole catalogue: every file must read, and no rule version may appear twice. */
    public List<SlaRule> readAll(Map<String, String> textsByFileName) {
        List<SlaRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        textsByFileName.forEach((fileName, text) -> {
            SlaRule rule = read(fileName, text);
            if (!seen.add(rule.key())) {
                throw new RuleRejected(fileName, rule.id(), List.of(new RuleRejected.Fault("version",
                        "version " + rule.version() + " of '" + rule.id() + "' is also in another file")));
            }
            rules.add(rule);
        });
        if (rules.isEmpty()) {
            throw new RuleRejected("(catalogue)", null, List.of(new RuleRejected.Fault("(files)", "no rule files were found")));
        }
        return rules;
    }
}
