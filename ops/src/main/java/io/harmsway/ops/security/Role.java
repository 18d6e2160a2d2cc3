package io.harmsway.ops.security;

public enum Role {
    INVESTIGATOR, SUPERVISOR, AUDITOR, OPERATOR
}
