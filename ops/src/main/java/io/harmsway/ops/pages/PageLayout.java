package io.harmsway.ops.pages;

import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.security.UserDirectory.Member;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * What the layout of every page needs: who is signed in (name, role, team) and the navigation of
 * their role, with the current page marked; the link to the API's documentation.
 */
@ControllerAdvice(basePackageClasses = PageLayout.class)
class PageLayout {

    private final UserDirectory users;
    private final PagesProperties properties;
    private final LondonTime time;

    PageLayout(UserDirectory users, PagesProperties properties, LondonTime time) {
        this.users = users;
        this.properties = properties;
        this.time = time;
    }

    @ModelAttribute("layout")
    Layout layout(Authentication user, HttpServletRequest request) {
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            return new Layout(null, List.of(), properties.apiDocumentation(), time);
        }
        Member member = users.member(user.getName()).orElse(null);
        List<Link> links = member == null ? List.of() : Navigation.of(member).stream()
                .map(item -> new Link(item.text(), item.href(), request.getRequestURI().startsWith(item.href())))
                .toList();
        return new Layout(member, links, properties.apiDocumentation(), time);
    }

    /** The header's facts; {@code user} is null on the sign-in page. {@code time} formats London time. */
    record Layout(Member user, List<Link> navigation, String apiDocumentation, LondonTime time) {

        public String role() {
            return user == null ? "" : user.role().name().toLowerCase();
        }

        public String team() {
            return user == null || user.team() == null ? "all teams" : "team " + user.team();
        }
    }

    record Link(String text, String href, boolean current) {
    }
}
