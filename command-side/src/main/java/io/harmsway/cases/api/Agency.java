package io.harmsway.cases.api;

/** An agency that can take part in a strategy discussion. */
public enum Agency {
    POLICE, CHILDRENS_SOCIAL_CARE, HEALTH, EDUCATION
}
