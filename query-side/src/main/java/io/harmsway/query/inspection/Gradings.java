package io.harmsway.query.inspection;

import io.harmsway.cases.api.CaseFileGraded;
import io.harmsway.query.ProjectionWrites;

import static io.harmsway.jdbc.Sql.ts;

/** Every grading of a case file, and the latest as the case's grade. */
public class Gradings {

    private final ProjectionWrites writes;

    public Gradings(ProjectionWrites writes) {
        this.writes = writes;
    }

    void apply(String eventId, CaseFileGraded graded, String auditor) {
        writes.update("""
                insert into inspection_grading (event_id, case_id, grade, framework, reasons, graded_by, graded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                eventId, graded.caseId(), graded.grade().name(), graded.framework(), graded.reasons(),
                auditor == null ? "unknown" : auditor, ts(graded.occurredAt()));
        writes.update("""
                update inspection_case set grade = ?, graded_at = ?
                where case_id = ? and (graded_at is null or graded_at <= ?)""",
                graded.grade().name(), ts(graded.occurredAt()), graded.caseId(), ts(graded.occurredAt()));
    }
}
