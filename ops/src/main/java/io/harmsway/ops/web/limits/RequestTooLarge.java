package io.harmsway.ops.web.limits;

import java.io.IOException;

/**
 * A request body beyond the limit. An IOException, so that it leaves a JSON parser reading the
 * body unchanged and reaches the problem handler as the cause of the unreadable body.
 */
public class RequestTooLarge extends IOException {

    private final long limit;

    public RequestTooLarge(long limit) {
        super("is larger than " + limit + " bytes, the most one request may carry");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
