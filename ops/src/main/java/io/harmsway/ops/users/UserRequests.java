package io.harmsway.ops.users;

/** What the administrator's requests accept. */
final class UserRequests {

    static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]*";
    static final String USERNAME_RULE = "must be letters, digits, '.', '_', '-' or '@', starting with a letter or digit";
    /** NCSC's advice: length over complexity rules. */
    static final int SHORTEST_PASSWORD = 12;
    /** BCrypt reads 72 bytes at most: a longer password would be cut without a word. */
    static final int LONGEST_PASSWORD = 72;
    static final int MOST_POSITIONS = 10;

    private UserRequests() {
    }
}
