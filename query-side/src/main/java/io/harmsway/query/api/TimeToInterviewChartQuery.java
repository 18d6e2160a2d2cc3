package io.harmsway.query.api;

/** Chart data: days from identification to interview per risk grade, against the grade's deadline. */
public record TimeToInterviewChartQuery(InspectionFilter filter) {
}
