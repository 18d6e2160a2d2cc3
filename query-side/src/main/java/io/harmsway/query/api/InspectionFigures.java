package io.harmsway.query.api;

import java.util.List;

/** The inspection figures for the cases a filter selects, with the reasons behind pauses, corrections and no further action. */
public record InspectionFigures(InspectionFilter filter, long cases, List<InspectionFigure> figures,
                                List<ReasonCount> pauseReasons, List<ReasonCount> correctionReasons,
                                List<ReasonCount> noFurtherActionReasons) {
}
