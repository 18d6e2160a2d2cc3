package io.harmsway.ops.notify;

import io.harmsway.ops.security.UserDirectory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The people a rule's role names: "investigator" is the officer who holds the case, "supervisor"
 * the team's supervisors, and any other role (an escalation step's "detective inspector") the
 * team's holders of that position.
 */
public class Recipients {

    private final UserDirectory users;

    public Recipients(UserDirectory users) {
        this.users = users;
    }

    public Set<String> of(String role, String team, String officer) {
        Set<String> people = new LinkedHashSet<>();
        if (role == null) {
            return people;
        }
        switch (role.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "investigator", "officer" -> addIfKnown(people, officer);
            case "supervisor" -> addAll(people, team == null ? Set.of() : users.supervisorsOf(team));
            default -> addAll(people, team == null ? Set.of() : users.holdersOf(team, role));
        }
        return people;
    }

    public Set<String> supervisors(String team) {
        return team == null ? Set.of() : new LinkedHashSet<>(users.supervisorsOf(team));
    }

    public void addIfKnown(Set<String> people, String username) {
        if (username != null && users.member(username).isPresent()) {
            people.add(username);
        }
    }

    private static void addAll(Set<String> people, Collection<String> names) {
        people.addAll(names);
    }
}
