package io.harmsway.ops.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Logs every granted read of a case at the last moment before its answer leaves: as the answer's
 * body is about to be written (JSON), or before a view is rendered (pages), whichever comes first,
 * and once. So a read is logged only when the case is shown (a refused, unknown or invalid request
 * shows nothing and appends nothing), and no answer shows a case unlogged: if the log cannot be
 * written, the exception replaces the answer. An answer that neither writes a body nor renders a
 * view (a stream written by hand) is logged when the request completes, and an error says which.
 */
@ControllerAdvice
public class CaseReadLog implements ResponseBodyAdvice<Object> {

    /** Request attribute: the {@link CaseReadGrant} the access check gave, until its read is logged. */
    static final String PENDING = CaseReadLog.class.getName() + ".pending";

    private static final Logger log = LoggerFactory.getLogger(CaseReadLog.class);

    private final CaseReads reads;

    public CaseReadLog(CaseReads reads) {
        this.reads = reads;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail) && request instanceof ServletServerHttpRequest servlet) {
            logPending(servlet.getServletRequest());
        }
        return body;
    }

    /** Before a view is rendered. */
    void beforeView(HttpServletRequest request) {
        logPending(request);
    }

    /** The request is over: a read still pending with a successful answer was shown by some other path. */
    void completed(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(PENDING) != null && response.getStatus() < 300) {
            log.error("a read of a case was answered without its body or view passing the read log ({} {}): logged"
                    + " after the answer", request.getMethod(), request.getRequestURI());
            logPending(request);
        }
    }

    private void logPending(HttpServletRequest request) {
        if (request.getAttribute(PENDING) instanceof CaseReadGrant grant) {
            reads.log(grant, request);
            request.removeAttribute(PENDING);
        }
    }
}
