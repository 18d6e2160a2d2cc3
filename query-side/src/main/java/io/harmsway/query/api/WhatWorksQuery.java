package io.harmsway.query.api;

/** The closed cases' outcomes against the delays before them, per rule, team and allegation. */
public record WhatWorksQuery(InspectionFilter filter) {
}
