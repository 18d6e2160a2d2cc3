package io.harmsway.query.api;

/** Every inspection figure for the cases the filter selects. */
public record InspectionFiguresQuery(InspectionFilter filter) {
}
