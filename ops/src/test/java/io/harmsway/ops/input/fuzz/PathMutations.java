package io.harmsway.ops.input.fuzz;

import io.harmsway.ops.web.validation.Lengths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A valid body sent to a path that names what does not exist, names it with an id no id can be,
 * or is no path of the API: a slash at the end, the action in capitals, a matrix parameter (which
 * the firewall refuses before anything reads the request). The client library sends a path as
 * written but for a doubled slash, which it makes single.
 */
final class PathMutations {

    private PathMutations() {
    }

    static Mutation next(Target target, String validBody, Random random) {
        List<String> variables = target.endpoint().variables();
        int kind = random.nextInt(variables.isEmpty() ? 3 : 5);
        String path = target.path();
        String action = target.endpoint().action();
        String before = path.substring(0, path.length() - action.length());
        return switch (kind) {
            case 0 -> Mutation.json("a slash at the end", path + "/", validBody, new Expected.Refused(404, Set.of("path")));
            case 1 -> Mutation.json("the action in capitals", before + action.toUpperCase(), validBody,
                    new Expected.Refused(404, Set.of("path")));
            case 2 -> Mutation.json("a matrix parameter", path + ";jsessionid=x", validBody,
                    new Expected.Refused(400, Set.of("request")));
            default -> variable(target, variables.get(random.nextInt(variables.size())), validBody, kind == 3);
        };
    }

    private static Mutation variable(Target target, String variable, String validBody, boolean tooLong) {
        Map<String, String> values = new HashMap<>(target.pathValues());
        if (tooLong) {
            values.put(variable, "x".repeat(Lengths.REFERENCE + 1));
            return Mutation.json("{" + variable + "} longer than any id", target.path(values), validBody,
                    new Expected.Refused(400, Set.of(variable)));
        }
        values.put(variable, unknown(variable));
        return Mutation.json("{" + variable + "} naming nothing", target.path(values), validBody, unknownStatus(variable));
    }

    private static String unknown(String variable) {
        return switch (variable) {
            case "childId" -> "child-99";
            case "suspectId" -> "suspect-99";
            case "submissionReference" -> "DF-404";
            default -> UUID.randomUUID().toString();
        };
    }

    /** No case or clock is 404; no child, suspect or submission of a case that exists is the case's refusal. */
    private static Expected unknownStatus(String variable) {
        boolean ofTheCase = Set.of("childId", "suspectId", "submissionReference").contains(variable);
        return new Expected.Refused(ofTheCase ? 422 : 404, Set.of(variable));
    }
}
