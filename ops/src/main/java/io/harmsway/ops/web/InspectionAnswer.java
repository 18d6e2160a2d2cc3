package io.harmsway.ops.web;

import io.harmsway.query.api.InspectionFigure;
import io.harmsway.query.api.InspectionFigures;
import io.harmsway.query.api.InspectionFilter;
import io.harmsway.query.api.ReasonCount;

import java.util.List;

/** The inspection figures as answered over HTTP: each figure with the link to the cases behind it. */
public record InspectionAnswer(InspectionFilter filter, long cases, List<LinkedFigure> figures,
                        List<ReasonCount> pauseReasons, List<ReasonCount> correctionReasons,
                        List<ReasonCount> noFurtherActionReasons) {

    record LinkedFigure(String key, String group, String title, long count, long cases, Double medianHours,
                        Double p90Hours, Double maxHours, String link) {
    }

    public static InspectionAnswer of(InspectionFigures figures) {
        return new InspectionAnswer(figures.filter(), figures.cases(),
                figures.figures().stream().map(figure -> linked(figure, figures.filter())).toList(),
                figures.pauseReasons(), figures.correctionReasons(), figures.noFurtherActionReasons());
    }

    private static LinkedFigure linked(InspectionFigure figure, InspectionFilter filter) {
        String link = InspectionPeriod.link("/api/inspection/cases", filter).queryParam("figure", figure.key())
                .encode().build().toUriString();
        return new LinkedFigure(figure.key(), figure.group(), figure.title(), figure.count(), figure.cases(),
                figure.medianHours(), figure.p90Hours(), figure.maxHours(), link);
    }

    /** One line per figure (RFC 4180), headed by the column names; hours with two decimals, empty when not measured. */
    public String csv() {
        StringBuilder csv = new StringBuilder("key,group,title,count,cases,median_hours,p90_hours,max_hours,link\r\n");
        for (LinkedFigure figure : figures) {
            csv.append(String.join(",", cell(figure.key()), cell(figure.group()), cell(figure.title()),
                    String.valueOf(figure.count()), String.valueOf(figure.cases()), hours(figure.medianHours()),
                    hours(figure.p90Hours()), hours(figure.maxHours()), cell(figure.link()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String hours(Double hours) {
        return hours == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", hours);
    }

    /** Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed so no spreadsheet runs it. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
