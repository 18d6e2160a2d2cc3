package io.harmsway.ops.pages;

import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.StoreHead;
import io.harmsway.ops.support.plans.ReadRecorder;
import io.harmsway.ops.support.plans.ReadStatement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case list page reads its cases' clocks in one query, not one per case: the statements it
 * sends do not grow with the cases it lists (a team of a thousand cases sent a thousand and seven).
 */
class CaseListPageReadsIntegrationTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    ReadRecorder recorder;

    @Test
    void theCaseListPageSendsAsManyReadsForMoreCases() throws Exception {
        PageSession ivysPages = new PageSession(port);
        ivysPages.signIn("ivy", "ivy-demo");
        openCasesWithClocks(2);
        List<ReadStatement> before = readsOfTheCaseList(ivysPages);

        openCasesWithClocks(5);
        List<ReadStatement> after = readsOfTheCaseList(ivysPages);

        assertThat(after).as("reads of the case list with five cases more").hasSameSizeAs(before);
        assertThat(after).filteredOn(read -> read.sql().contains("sla_clock")).hasSize(1);
    }

    private List<ReadStatement> readsOfTheCaseList(PageSession pages) throws Exception {
        int[] status = new int[1];
        List<ReadStatement> reads = recorder.during(() -> status[0] = pages.get("/cases").statusCode());
        assertThat(status[0]).isEqualTo(200);
        return reads;
    }

    private void openCasesWithClocks(int cases) {
        Instant now = clock.instant();
        for (int i = 0; i < cases; i++) {
            String caseId = ivy.openCase("HIGH", now.minus(Duration.ofHours(2)));
            ivy.identifySuspect(caseId, now.minus(Duration.ofHours(1)));
            await().until(() -> jdbc.queryForObject("select count(*) from sla_clock where case_id = ?", Long.class,
                    caseId) > 1);
        }
        new StoreHead(processing, jdbc).awaitEveryProcessor("timeline", "case-list", "sla-clocks");
    }
}
