package io.harmsway.ops.pages;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory.Member;

import java.util.List;

/**
 * The pages each role works in, in the order the header lists them; the first is where signing in
 * lands. One place, so a new page is one line here.
 */
public final class Navigation {

    private Navigation() {
    }

    /** One link of the header's navigation. */
    public record Item(String text, String href) {
    }

    public static List<Item> of(Member user) {
        return switch (user.role()) {
            case INVESTIGATOR -> List.of(new Item("My cases", "/cases"));
            case SUPERVISOR -> List.of(new Item("Team inbox", "/teams/" + user.team() + "/inbox"),
                    new Item("Team dashboard", "/teams/" + user.team() + "/dashboard"),
                    new Item("Team cases", "/cases"));
            case AUDITOR -> List.of(new Item("Cases", "/cases"), new Item("Inspection report", "/audit/inspection"));
            case OPERATOR -> List.of();
        };
    }

    /** Where a user lands after signing in (or on {@code /}). */
    public static String home(Member user) {
        return user.role() == Role.OPERATOR ? "/account" : of(user).get(0).href();
    }
}
