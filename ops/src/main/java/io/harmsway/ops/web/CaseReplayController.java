package io.harmsway.ops.web;

import io.harmsway.query.api.CaseAsItHappened;
import io.harmsway.query.api.CaseAsItHappenedQuery;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.CaseAsKnownQuery;
import io.harmsway.query.api.CaseChanges;
import io.harmsway.query.api.CaseChangesQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * The auditor's replay of a case on both axes of time, built from the stored events at each
 * request. The case in the path has passed the access check, and the read is logged.
 */
@RestController
@RequestMapping("/api/audit/cases/{caseId}")
@Tag(name = "Audit")
public class CaseReplayController {

    private static final String INSTANT = "an ISO-8601 instant, not in the future";

    private final QueryGateway queries;
    private final Moments moments;

    public CaseReplayController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.moments = new Moments(clock);
    }

    @GetMapping("/as-known-at")
    @Operation(summary = "The case exactly as it was known at a moment: only what had been recorded by then, its"
            + " clocks and due dates as they stood, the alerts open then and who had acknowledged them")
    CaseAsKnown asKnownAt(@PathVariable String caseId,
                          @Parameter(description = INSTANT, example = "2026-03-10T09:00:00Z")
                          @RequestParam(required = false) String at) {
        return queries.query(new CaseAsKnownQuery(caseId, moments.required(at, "at")),
                ResponseTypes.instanceOf(CaseAsKnown.class)).join();
    }

    @GetMapping("/as-it-happened")
    @Operation(summary = "The case in the order its actions happened, corrections applied (the entry as recorded"
            + " beside each), every entry saying how late it was recorded")
    CaseAsItHappened asItHappened(@PathVariable String caseId) {
        return queries.query(new CaseAsItHappenedQuery(caseId), ResponseTypes.instanceOf(CaseAsItHappened.class))
                .join();
    }

    @GetMapping("/changes")
    @Operation(summary = "What was recorded after 'from' and up to 'to' (default now): entries, corrections,"
            + " alerts raised, acknowledgements and the clocks' other changes")
    CaseChanges changes(@PathVariable String caseId,
                        @Parameter(description = INSTANT) @RequestParam(required = false) String from,
                        @Parameter(description = INSTANT + "; after 'from'; default now")
                        @RequestParam(required = false) String to) {
        Instant[] range = moments.range(from, to);
        return queries.query(new CaseChangesQuery(caseId, range[0], range[1]),
                ResponseTypes.instanceOf(CaseChanges.class)).join();
    }
}
