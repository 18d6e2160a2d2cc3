package io.harmsway.cases.api;

public enum AllegationCategory {
    SEXUAL_ABUSE, PHYSICAL_ABUSE, NEGLECT, ONLINE_ABUSE_OR_GROOMING, EXPLOITATION
}
