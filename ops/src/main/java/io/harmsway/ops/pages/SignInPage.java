package io.harmsway.ops.pages;

import io.harmsway.ops.security.UserDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form (posted to Spring Security's form login at the same address), and the start
 * page: {@code /} takes a signed-in user to their role's first page.
 */
@Controller
class SignInPage {

    private final UserDirectory users;

    SignInPage(UserDirectory users) {
        this.users = users;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String failed, @RequestParam(required = false) Long throttled,
                  @RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(name = "timed-out", required = false) String timedOut, Model model) {
        if (failed != null) {
            model.addAttribute("problem", "The username and password do not match a user");
        } else if (throttled != null) {
            model.addAttribute("problem", "Too many sign-ins failed lately: wait " + minutes(throttled)
                    + " and try again");
        }
        model.addAttribute("notice", signedOut != null ? "You have signed out"
                : timedOut != null ? "You were signed out because you did nothing for a while" : null);
        return "sign-in";
    }

    @GetMapping("/")
    String start(Authentication user) {
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            return "redirect:/sign-in";
        }
        return users.member(user.getName()).map(member -> "redirect:" + Navigation.home(member))
                .orElse("redirect:/sign-in");
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
