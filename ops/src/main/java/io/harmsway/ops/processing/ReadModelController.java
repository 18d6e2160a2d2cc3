package io.harmsway.ops.processing;

import io.harmsway.ops.web.FieldError;
import io.harmsway.query.api.ReadModelRebuilds;
import io.harmsway.query.api.RebuildStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Rebuilding a read model (operators): a new copy built from the store beside the one served, then
 * swapped in; its progress (events done, rate, time left) while it runs.
 */
@RestController
@RequestMapping("/api/ops/read-models")
@Tag(name = "Operations")
public class ReadModelController {

    static final String ALL = "all";

    private final ReadModelRebuilds rebuilds;

    public ReadModelController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "The read models that can be rebuilt, each with its last rebuild's status")
    List<RebuildStatus> readModels() {
        return rebuilds.groups().stream().map(rebuilds::status).toList();
    }

    @PostMapping("/{group}/rebuild")
    @Operation(summary = "Rebuild a read model (or all) from the event store while the old copy is served;"
            + " 202 with its progress, 409 while a rebuild runs")
    ResponseEntity<RebuildStatus> rebuild(@PathVariable String group) {
        known(group);
        return rebuilds.start(group).map(status -> ResponseEntity.status(HttpStatus.ACCEPTED).body(status))
                .orElseThrow(() -> problem(HttpStatus.CONFLICT, "group", "a rebuild is already running: see GET"
                        + " /api/ops/read-models/{group}/rebuild"));
    }

    @GetMapping("/{group}/rebuild")
    @Operation(summary = "How far the rebuild of a read model (or all) has got: events done of the store's, rate,"
            + " seconds left")
    RebuildStatus progress(@PathVariable String group) {
        known(group);
        return rebuilds.status(group);
    }

    private void known(String group) {
        if (!ALL.equals(group) && !rebuilds.groups().contains(group)) {
            throw problem(HttpStatus.NOT_FOUND, "group", "no read model '" + group + "': one of "
                    + rebuilds.groups() + ", or all");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String field, String problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problem);
        detail.setTitle(status == HttpStatus.CONFLICT ? "A rebuild is running" : "No such read model");
        detail.setProperty("errors", List.of(new FieldError(field, problem)));
        return new ErrorResponseException(status, detail, null);
    }
}
