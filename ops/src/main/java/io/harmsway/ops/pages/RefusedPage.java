package io.harmsway.ops.pages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page of a refusal: Spring Security forwards a request its role rules refused here, with 403 set. */
@Controller
class RefusedPage {

    @RequestMapping("/refused")
    String roleRefused(Model model) {
        return show(HttpStatus.FORBIDDEN, "Your role does not give you this page.", model);
    }

    static String show(HttpStatus status, String explanation, Model model) {
        model.addAttribute("heading", status == HttpStatus.NOT_FOUND ? "Page not found" : "You cannot open this page");
        model.addAttribute("explanation", explanation);
        return "refused";
    }
}
