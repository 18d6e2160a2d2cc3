package io.harmsway.ops.access;

import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseRead;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.util.Map;

/**
 * Appends a {@link CaseRead} to the event store for a granted read: one event, one insert, in a
 * transaction of its own (it is no part of any command), so it is stored under the same
 * append-only rules as the case itself. A failure here is the request's failure: the case is not
 * shown unless its read is logged.
 */
public class CaseReads {

    /** The longest request text kept: a path and query string, cut rather than refused. */
    private static final int LONGEST_WHAT = 500;

    private final EventBus events;
    private final Clock clock;

    public CaseReads(EventBus events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void log(CaseReadGrant grant, HttpServletRequest request) {
        CaseRead read = new CaseRead(grant.caseId(), grant.reader().username(), grant.reader().role().name(),
                grant.reader().team(), grant.caseTeam(), what(request), request.getRemoteAddr(), grant.reason(),
                grant.brokeGlass(), clock.instant());
        events.publish(GenericEventMessage.asEventMessage(read)
                .andMetaData(Map.of(CaseMetadata.ACTOR, grant.reader().username())));
    }

    private static String what(HttpServletRequest request) {
        String query = request.getQueryString();
        String what = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
        return what.length() > LONGEST_WHAT ? what.substring(0, LONGEST_WHAT) + "..." : what;
    }
}
