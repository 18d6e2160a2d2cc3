package io.harmsway.ops.startup;

/** No PostgreSQL answered at the configured address. */
public class PostgresUnreachable extends RuntimeException {

    private final String address;
    private final String user;

    public PostgresUnreachable(String address, String user, Throwable cause) {
        super("No PostgreSQL answers at " + address + " as user " + user + ": " + cause.getMessage(), cause);
        this.address = address;
        this.user = user;
    }

    public String address() {
        return address;
    }

    public String user() {
        return user;
    }
}
