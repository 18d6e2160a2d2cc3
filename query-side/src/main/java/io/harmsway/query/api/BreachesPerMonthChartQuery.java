package io.harmsway.query.api;

/** Chart data: clocks breached per month of their deadline (London time), per rule. */
public record BreachesPerMonthChartQuery(InspectionFilter filter) {
}
