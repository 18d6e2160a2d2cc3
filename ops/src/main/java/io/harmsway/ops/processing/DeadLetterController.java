package io.harmsway.ops.processing;

import io.harmsway.ops.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Parked events for operators: which cases wait in which processing group and why, and a retry after the fix. */
@RestController
@RequestMapping("/api/ops/dead-letters")
@Tag(name = "Operations")
public class DeadLetterController {

    private final ParkedSequences parked;
    private final DeadLetterRetry retry;

    public DeadLetterController(ParkedSequences parked, DeadLetterRetry retry) {
        this.parked = parked;
        this.retry = retry;
    }

    @GetMapping
    @Operation(summary = "Every case a processing group has parked, the longest parked first (operators)")
    List<ParkedSequence> parked() {
        return parked.all();
    }

    @PostMapping("/{group}/retry")
    @Operation(summary = "Retry a group's parked cases after a fix: each case's events in order (operators)")
    RetryReport retry(@PathVariable String group, @Valid @RequestBody(required = false) RetryRequest request) {
        if (!retry.knows(group)) {
            throw notFound("group", "no processing group '" + group + "' parks events");
        }
        if (request == null || request.caseId() == null) {
            return retry.retry(group, parked.of(group));
        }
        return retry.retry(group, List.of(parked.of(group, request.caseId()).orElseThrow(() ->
                notFound("caseId", "processing group '" + group + "' has not parked case '" + request.caseId() + "'"))));
    }

    private static ErrorResponseException notFound(String field, String problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, problem);
        detail.setTitle("Nothing parked there");
        detail.setProperty("errors", List.of(new FieldError(field, problem)));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, detail, null);
    }
}
