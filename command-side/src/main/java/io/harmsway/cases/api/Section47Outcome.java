package io.harmsway.cases.api;

/**
 * What a section 47 enquiry concluded, in the three outcomes of Working Together to Safeguard
 * Children: the concerns were not substantiated (the child may still be a child in need); they
 * were substantiated but the child is not judged likely to suffer significant harm (a child in
 * need plan, no conference); or the child is judged likely to suffer significant harm, which calls
 * for an initial child protection conference.
 */
public enum Section47Outcome {
    NOT_SUBSTANTIATED, SUBSTANTIATED_NO_CONTINUING_RISK, LIKELY_TO_SUFFER_SIGNIFICANT_HARM
}
