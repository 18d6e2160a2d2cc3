package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An auditor graded the case file: {@code grade} against {@code framework} (the inspection's
 * framework, or a force's own), for {@code reasons} (one a line). {@code occurredAt} is when it was recorded.
 * A later grading of the same file stands beside the earlier one; the latest is the file's grade.
 */
@Revision("1")
public record CaseFileGraded(String caseId,
                             FileGrade grade,
                             String framework,
                             String reasons,
                             Instant occurredAt) implements CaseEvent {
}
