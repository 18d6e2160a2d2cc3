package io.harmsway.ops.web;

import io.harmsway.ops.bundle.BundlePage;
import io.harmsway.ops.bundle.CaseBundle;
import io.harmsway.ops.bundle.CaseBundles;
import io.harmsway.ops.bundle.NotSealedYet;
import io.harmsway.ops.web.validation.RefusedInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A case exported for disclosure or review (docs/audit.md, "Case bundle"): as JSON, which
 * {@code ./audit verify-bundle} checks offline, or as a printable page of the same bundle. The
 * case in the path has passed the access check, and the export is logged as a read of the case.
 */
@Controller
@RequestMapping("/api/audit/cases/{caseId}")
@Tag(name = "Audit")
public class CaseBundleController {

    /** Replays asked for in one bundle at most: each is a replay of the whole case. */
    static final int MOST_MOMENTS = 20;
    static final String VIEW = "case-bundle";

    private final CaseBundles bundles;
    private final Moments moments;
    private final Clock clock;

    public CaseBundleController(CaseBundles bundles, Clock clock) {
        this.bundles = bundles;
        this.moments = new Moments(clock);
        this.clock = clock;
    }

    @GetMapping(path = "/bundle", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "The case bundle: every stored event of the case and every read of it in the access log,"
            + " in stored form, each with an inclusion proof against a signed checkpoint (the latest covering them,"
            + " or one signed now); the case as it happened, as known at each 'at', and its access log")
    CaseBundle bundle(@PathVariable String caseId,
                      @Parameter(description = "a moment to replay the case as known at (ISO-8601 instant, not in"
                              + " the future); repeat for several, at most " + MOST_MOMENTS + "; default now")
                      @RequestParam(name = "at", required = false) List<String> at,
                      Principal user) {
        return bundles.export(caseId, moments(at), user.getName());
    }

    @GetMapping(path = "/bundle", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(@PathVariable String caseId, @RequestParam(name = "at", required = false) List<String> at,
                      Principal user) {
        return new ModelAndView(VIEW, "page", BundlePage.of(bundles.export(caseId, moments(at), user.getName())));
    }

    @GetMapping("/bundle.html")
    @Operation(summary = "The case bundle as a printable HTML document (the same as /bundle with Accept: text/html)")
    ModelAndView printable(@PathVariable String caseId, @RequestParam(name = "at", required = false) List<String> at,
                           Principal user) {
        return page(caseId, at, user);
    }

    @ExceptionHandler(NotSealedYet.class)
    ResponseEntity<ProblemDetail> notSealedYet(NotSealedYet notYet) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Not sealed yet",
                        new FieldError("caseId", notYet.getMessage())));
    }

    private List<Instant> moments(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of(clock.instant());
        }
        if (values.size() > MOST_MOMENTS) {
            throw new RefusedInput("at", "is given " + values.size() + " times; a bundle replays at most "
                    + MOST_MOMENTS + " moments");
        }
        return values.stream().map(value -> moments.required(value, "at")).distinct().toList();
    }
}
