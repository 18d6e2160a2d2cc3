package io.harmsway.ops.pages.team;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.web.TeamInboxes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;

/**
 * The team inbox page, and the fragment of its cases that the page asks for every few seconds
 * (htmx, {@code hx-trigger="every ..."}). The fragment answers 204, and the page swaps nothing, when
 * what it would show is what the page already shows ({@code since}, the fingerprint the page holds);
 * otherwise it answers the cases anew. Polling, rather than a pushed stream: any node answers it
 * from the read model, nothing is held open per reader, it needs nothing between the nodes, and a
 * missed answer is simply asked again. The team in the path has passed the access check.
 */
@Controller
@EnableConfigurationProperties(InboxProperties.class)
class TeamInboxPage {

    static final String CASES_FRAGMENT = "team-inbox :: cases";

    private final TeamInboxes inboxes;
    private final UserDirectory users;
    private final LondonTime time;
    private final Clock clock;
    private final InboxProperties properties;
    private final Duration sessionLength;

    TeamInboxPage(TeamInboxes inboxes, UserDirectory users, LondonTime time, Clock clock, InboxProperties properties,
                  @Value("${server.servlet.session.timeout:30m}") Duration sessionLength) {
        this.inboxes = inboxes;
        this.users = users;
        this.time = time;
        this.clock = clock;
        this.properties = properties;
        this.sessionLength = sessionLength;
    }

    @GetMapping("/teams/{team}/inbox")
    String page(@PathVariable String team, Authentication user, Model model) {
        show(team, user, model);
        return "team-inbox";
    }

    /** The cases alone; nothing (204, the request handled) when they are what the page shows already. */
    @GetMapping("/teams/{team}/inbox/cases")
    String cases(@PathVariable String team, @RequestParam(required = false) String since, Authentication user,
                 Model model, HttpServletResponse response) {
        InboxView inbox = show(team, user, model);
        if (inbox.fingerprint().equals(since)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        return CASES_FRAGMENT;
    }

    private InboxView show(String team, Authentication user, Model model) {
        boolean supervisor = users.member(user.getName()).map(member -> member.role() == Role.SUPERVISOR)
                .orElse(false);
        InboxView inbox = InboxView.of(inboxes.of(team, user), time, clock.instant(), supervisor);
        model.addAttribute("inbox", inbox);
        model.addAttribute("refreshMillis", properties.refreshEvery().toMillis());
        model.addAttribute("idleLimitSeconds", sessionLength.toSeconds());
        return inbox;
    }
}
