package io.harmsway.ops.access;

/**
 * What a request means to do with a case: read it, record on it (any change), or grade its file
 * (an auditor's judgement, recorded in the case's history but not an action in the investigation).
 */
public enum Intent {
    READ, WRITE, GRADE;

    /** The path pattern of the one request that grades a case file. */
    public static final String GRADING_PATH = "/api/cases/{caseId}/gradings";

    /** As {@link #of(String)}, but a POST to the grading path grades. */
    public static Intent of(String httpMethod, String pathPattern) {
        return "POST".equals(httpMethod) && GRADING_PATH.equals(pathPattern) ? GRADE : of(httpMethod);
    }

    /** GET, HEAD and OPTIONS read; every other method records something. */
    public static Intent of(String httpMethod) {
        return switch (httpMethod) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            default -> WRITE;
        };
    }
}
