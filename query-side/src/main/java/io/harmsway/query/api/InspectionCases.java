package io.harmsway.query.api;

import java.util.List;

/** The cases behind a figure; {@code known} is false when no figure has that key. */
public record InspectionCases(String figure, boolean known, List<InspectionCase> cases) {
}
