package io.harmsway.ops.web;

import io.harmsway.query.api.AccessNoticesQuery;
import io.harmsway.query.api.CaseAccessLogQuery;
import io.harmsway.query.api.CaseReadEntry;
import io.harmsway.query.api.UserAccessLogQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Who looked (auditors): a case's access log, a user's, and the notices of reads that broke the
 * glass. Reading a case's log is itself a read of the case, and is logged like any other.
 */
@RestController
@Tag(name = "Audit")
public class AccessLogController {

    private final QueryGateway queries;

    public AccessLogController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/cases/{caseId}/access-log")
    @Operation(summary = "Every read of the case, newest first (at most 1,000): who, when, what, from where, why")
    List<CaseReadEntry> caseLog(@PathVariable String caseId) {
        return read(new CaseAccessLogQuery(caseId));
    }

    @GetMapping("/api/audit/users/{user}/access-log")
    @Operation(summary = "Every read of a case by the user, newest first (at most 1,000)")
    List<CaseReadEntry> userLog(@PathVariable String user) {
        return read(new UserAccessLogQuery(user));
    }

    @GetMapping("/api/audit/notices")
    @Operation(summary = "Reads that broke the glass (another team's case, read with a stated reason), newest first"
            + " (at most 1,000)")
    List<CaseReadEntry> notices() {
        return read(new AccessNoticesQuery());
    }

    private List<CaseReadEntry> read(Object query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(CaseReadEntry.class)).join();
    }
}
