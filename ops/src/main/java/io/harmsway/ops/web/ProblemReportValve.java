package io.harmsway.ops.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;

/**
 * Tomcat's error report as a problem, for what Tomcat refuses before the application sees it
 * (a NUL or a malformed escape in the path, say), where it would otherwise send its HTML page.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            problems.write(response, StatusProblems.forStatus(status, request.getRequestURI()));
        } catch (IOException | IllegalStateException clientGoneOrCommitted) {
            // Nothing more can be said to this client.
        }
    }
}
