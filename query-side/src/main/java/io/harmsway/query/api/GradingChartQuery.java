package io.harmsway.query.api;

/** Chart data: how many case files have each grade (their latest grading). */
public record GradingChartQuery(InspectionFilter filter) {
}
