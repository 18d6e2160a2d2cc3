package io.harmsway.cases.api;

/** The recorded judgement of the risk to the child; higher risk means shorter deadlines. */
public enum RiskGrade {
    HIGH, MEDIUM, STANDARD
}
