package io.harmsway.ops.access;

/** What a request means to do with a case: read it, or record on it (any change). */
public enum Intent {
    READ, WRITE;

    /** GET, HEAD and OPTIONS read; every other method records something. */
    public static Intent of(String httpMethod) {
        return switch (httpMethod) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            default -> WRITE;
        };
    }
}
