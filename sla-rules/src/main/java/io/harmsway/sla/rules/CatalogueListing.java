package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.RuleCatalogueQuery;
import io.harmsway.sla.api.RuleView;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogue as people read it: over HTTP (as views) and from the command line (as text). */
public class CatalogueListing {

    private final RuleCatalogue catalogue;
    private final Clock clock;

    public CatalogueListing(RuleCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @QueryHandler
    public List<RuleView> handle(RuleCatalogueQuery query) {
        return views(clock.instant());
    }

    public List<RuleView> views(Instant now) {
        Set<String> inForce = catalogue.inForceAt(now).stream().map(SlaRule::key).collect(Collectors.toSet());
        return catalogue.versions().stream().map(rule -> view(rule, inForce.contains(rule.key()))).toList();
    }

    static RuleView view(SlaRule rule, boolean inForce) {
        Map<String, Long> deadline = new LinkedHashMap<>();
        for (RiskGrade grade : RiskGrade.values()) {
            deadline.put(grade.name(), rule.deadline().amount(grade));
        }
        return new RuleView(rule.id(), rule.version(), rule.effectiveFrom(), inForce, rule.title(), rule.purpose(),
                rule.source().kind().name(), rule.source().citation(), rule.agency().name(), rule.subject().name(), texts(rule.start()),
                texts(rule.stop()), texts(rule.pause()), texts(rule.resume()), texts(rule.cancel()),
                rule.extend().stream().map(t -> t + " adds " + t.extendBy()).toList(),
                rule.deadline().unit().name(), deadline, warnings(rule), rule.notifies().warning(), rule.notifies().breach(),
                escalation(rule));
    }

    /** Each warning as words, with when it falls in working time. */
    private static List<String> warnings(SlaRule rule) {
        return rule.warnings().stream()
                .map(warning -> warning + (rule.warnsInWorkingTime() ? ", in working hours" : "")).toList();
    }

    /** The chain's steps, then what follows the last one. */
    private static List<String> escalation(SlaRule rule) {
        List<EscalationStep> steps = rule.escalation();
        if (steps.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(steps.stream().map(step -> step.to() + " after " + step.after()).toList());
        lines.add(rule.reminders().describe(steps.get(steps.size() - 1).to()));
        return lines;
    }

    /** A plain-text listing, one block per rule version. */
    public String text(Instant now) {
        StringBuilder out = new StringBuilder();
        List<RuleView> views = views(now);
        out.append(views.size()).append(" rule version(s); * = in force on ").append(now).append("\n\n");
        for (RuleView view : views) {
            out.append(view.inForce() ? "* " : "  ").append(view.id()).append(" v").append(view.version())
                    .append(" (from ").append(view.effectiveFrom()).append("): ").append(view.title()).append('\n');
            line(out, "purpose", view.purpose());
            line(out, "source", view.sourceKind().toLowerCase().replace('_', ' ') + ": " + view.source());
            line(out, "agency", view.agency().toLowerCase().replace('_', ' '));
            line(out, "subject", view.subject().toLowerCase());
            line(out, "starts on", String.join("; ", view.start()));
            line(out, "met by", String.join("; ", view.stop()));
            optional(out, "paused by", view.pause());
            optional(out, "resumed by", view.resume());
            optional(out, "extended by", view.extend());
            optional(out, "cancelled by", view.cancel());
            line(out, "deadline", view.deadline().entrySet().stream()
                    .map(e -> e.getKey().toLowerCase() + " " + e.getValue()).collect(Collectors.joining(", "))
                    + " " + view.deadlineUnit().toLowerCase().replace('_', ' '));
            line(out, "warnings", view.warnings().isEmpty() ? "none"
                    : String.join("; ", view.warnings()) + " to the " + view.warningTo());
            line(out, "breach to", view.breachTo());
            optional(out, "escalation", view.escalation());
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("    %-13s %s%n", label, value));
    }

    private static void optional(StringBuilder out, String label, List<String> values) {
        if (!values.isEmpty()) {
            line(out, label, String.join("; ", values));
        }
    }

    private static List<String> texts(List<Trigger> triggers) {
        return triggers.stream().map(Trigger::toString).toList();
    }
}
