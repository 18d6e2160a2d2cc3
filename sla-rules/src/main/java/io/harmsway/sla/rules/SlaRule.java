package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of one SLA rule, as its file states it. A clock is judged by the version that was
 * in force when it started ({@code effectiveFrom} on or before that day), whatever came later.
 *
 * @param agency     the agency that must act; a partner's clock neither warns nor escalates, it
 *                   tells the officer once to chase the partner when its deadline passes
 * @param warnings   when the responsible officer is warned, in the order the rule file gives them
 * @param notifies   who hears of warnings and of the breach
 * @param escalation whom an unacknowledged breach reaches next, step by step, stopping at the last
 * @param reminders  how often, and how many times at most, the last addressee is reminded after
 *                   the last step ({@link Reminders#NONE}: never)
 */
public record SlaRule(String id, int version, LocalDate effectiveFrom, String title, String purpose,
                      RuleSource source, ResponsibleAgency agency, Subject subject, List<Trigger> start, List<Trigger> stop,
                      List<Trigger> pause, List<Trigger> resume, List<Trigger> cancel, List<Trigger> extend,
                      Deadline deadline, List<Warning> warnings, Notify notifies, List<EscalationStep> escalation,
                      Reminders reminders) {

    /** Who is told of a warning and who of a breach (roles, e.g. investigator, supervisor). */
    public record Notify(String warning, String breach) {
    }

    public SlaRule {
        start = List.copyOf(start);
        stop = List.copyOf(stop);
        pause = List.copyOf(pause);
        resume = List.copyOf(resume);
        cancel = List.copyOf(cancel);
        extend = List.copyOf(extend);
        warnings = List.copyOf(warnings);
        escalation = List.copyOf(escalation);
        reminders = escalation.isEmpty() || reminders == null ? Reminders.NONE : reminders;
    }

    public boolean startsOn(EventFacts event, CaseFacts caseFacts) {
        return startingTrigger(event, caseFacts).isPresent();
    }

    /** The first of the rule's starting triggers the event meets, if any. */
    public Optional<Trigger> startingTrigger(EventFacts event, CaseFacts caseFacts) {
        return first(start, event, caseFacts);
    }

    /** What the event does to an open clock of this rule watching {@code subjectId}, if anything. */
    public Optional<Reaction> reactionTo(EventFacts event, CaseFacts caseFacts, String subjectId) {
        if (subject.namedBy(event) && !subject.idIn(event).equals(subjectId)) {
            return Optional.empty();
        }
        Optional<Reaction> reaction = first(stop, event, caseFacts).map(t -> new Reaction(Reaction.Kind.STOP, t));
        if (reaction.isEmpty()) {
            reaction = first(cancel, event, caseFacts).map(t -> new Reaction(Reaction.Kind.CANCEL, t));
        }
        if (reaction.isEmpty()) {
            reaction = first(pause, event, caseFacts).map(t -> new Reaction(Reaction.Kind.PAUSE, t));
        }
        if (reaction.isEmpty()) {
            reaction = first(resume, event, caseFacts).map(t -> new Reaction(Reaction.Kind.RESUME, t));
        }
        if (reaction.isEmpty()) {
            reaction = first(extend, event, caseFacts).map(t -> new Reaction(Reaction.Kind.EXTEND, t));
        }
        return reaction;
    }

    public Instant dueAt(Instant startedAt, RiskGrade risk, WorkingCalendar calendar) {
        return deadline.dueAt(startedAt, risk, calendar);
    }

    /** Whether this version was in force on the given day. */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }

    /** Whether warnings move into working hours: only where the rule counts working days. */
    public boolean warnsInWorkingTime() {
        return deadline.unit() == DeadlineUnit.WORKING_DAYS;
    }

    public String key() {
        return id + " v" + version;
    }

    private static Optional<Trigger> first(List<Trigger> triggers, EventFacts event, CaseFacts caseFacts) {
        return triggers.stream().filter(trigger -> trigger.matches(event, caseFacts)).findFirst();
    }
}
