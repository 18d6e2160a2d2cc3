package io.harmsway.ops.pages.audit;

import io.harmsway.audit.api.StoreVerification;
import io.harmsway.audit.api.VerificationReport;
import io.harmsway.ops.pages.LondonTime;
import io.harmsway.query.api.CaseAccessLogQuery;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.CaseAsKnownQuery;
import io.harmsway.query.api.CaseReadEntry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The auditor's case page: the case as it was known at a date and time (the replay's own query, as
 * {@code GET /api/audit/cases/{caseId}/as-known-at}), its access log (as
 * {@code .../access-log}), and the integrity of the record, verified on request (as
 * {@code POST /api/audit/verify}, without an outside checkpoint: the seals and the signed heads
 * stored). The case in the path has passed the access check and this read is logged like the API's.
 */
@Controller
class CaseReplayPage {

    private final QueryGateway queries;
    private final StoreVerification verification;
    private final LondonTime time;
    private final Clock clock;

    CaseReplayPage(QueryGateway queries, StoreVerification verification, LondonTime time, Clock clock) {
        this.queries = queries;
        this.verification = verification;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/audit/cases/{caseId}")
    String page(@PathVariable String caseId, @RequestParam(required = false) String day,
                @RequestParam(required = false) String month, @RequestParam(required = false) String year,
                @RequestParam(required = false) String time, @RequestParam(required = false) LondonTime.Pass pass,
                Model model) {
        ReplayMoment moment = ReplayMoment.read(new ReplayMoment.Fields(day, month, year, time), pass, this.time,
                clock.instant());
        CaseAsKnown known = queries.query(new CaseAsKnownQuery(caseId, moment.at()),
                ResponseTypes.instanceOf(CaseAsKnown.class)).join();
        List<CaseReadEntry> reads = queries.query(new CaseAccessLogQuery(caseId),
                ResponseTypes.multipleInstancesOf(CaseReadEntry.class)).join();
        model.addAttribute("moment", moment);
        model.addAttribute("replay", ReplayView.of(known, reads, this.time));
        return "audit-case";
    }

    /**
     * Verifies the whole record now and shows the answer on the case's page. Posted without the
     * case in its path: a post naming a case is a write, which auditors may not make.
     */
    @PostMapping("/audit/verification")
    String verify(@RequestParam String caseId, RedirectAttributes next) {
        VerificationReport report = verification.verify(null);
        next.addFlashAttribute("verification", IntegrityView.of(report, time));
        return "redirect:/audit/cases/" + UriUtils.encodePathSegment(caseId, StandardCharsets.UTF_8) + "#integrity";
    }
}
