package io.harmsway.ops.input.fuzz;

import io.harmsway.ops.support.Api;

import java.util.Map;

/**
 * An endpoint made concrete: the case (and, for a clock action, the clock) it acts on, prepared
 * so that its valid body would be accepted; the values of its path's variables; and the officer
 * who sends it. {@code caseId} is null for opening a case, {@code clockId} for every case action.
 */
record Target(ActionEndpoint endpoint, String user, Api sender, String caseId, String clockId,
              String referralEventId, Map<String, String> pathValues) {

    String path() {
        return path(pathValues);
    }

    /** The path with these values for its variables. */
    String path(Map<String, String> values) {
        String path = endpoint.template();
        for (String variable : endpoint.variables()) {
            path = path.replace("{" + variable + "}", values.get(variable));
        }
        return path;
    }
}
