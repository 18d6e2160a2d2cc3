package io.harmsway.ops.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Limits every request body ({@code harmsway.web.max-request-bytes}). A larger Content-Length is
 * answered 413 before a byte of the body is read, and the connection is closed, so a client that
 * announces a gigabyte costs nothing; a body without a Content-Length is read through a bounded
 * stream, whose overflow the problem handler answers 413.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    /** How a refused request is answered (the API's problem body). */
    @FunctionalInterface
    public interface Refusal {
        void answer(HttpServletRequest request, HttpServletResponse response, RequestTooLarge tooLarge)
                throws IOException;
    }

    private final long limit;
    private final Refusal refusal;

    public RequestSizeLimit(long limit, Refusal refusal) {
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            refusal.answer(request, response, new RequestTooLarge(limit));
            return;
        }
        chain.doFilter(announced < 0 ? new BoundedRequest(request, limit) : request, response);
    }
}
