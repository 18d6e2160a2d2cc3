package io.harmsway.ops.security;

/** What a user does here; one each. Administrators manage users and read no case. */
public enum Role {
    INVESTIGATOR, SUPERVISOR, AUDITOR, OPERATOR, ADMINISTRATOR
}
