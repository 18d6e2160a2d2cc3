package io.harmsway.query.api;

/** The cases behind one figure ({@code figure}: its key) among those the filter selects. */
public record InspectionCasesQuery(String figure, InspectionFilter filter) {
}
