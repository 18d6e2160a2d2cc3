package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An auditor grades the case file against a named framework, giving the reasons (one a line). Not a
 * {@link CaseCommand}: the grading happens when it is recorded, and a closed file can be graded.
 */
public record GradeCaseFile(@TargetAggregateIdentifier String caseId,
                            FileGrade grade,
                            String framework,
                            String reasons) {
}
