package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.GradeCaseFile;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An auditor's grading of the case file: good, adequate or inadequate, against a named framework
 * (docs/inspection.md#grading), with the reasons, one a line. It is recorded when it is made.
 */
public record GradingRequest(
        @NotNull @Schema(example = "INADEQUATE") FileGrade grade,
        @Size(max = Lengths.LINE) @SingleLineText
        @NotBlank @Schema(example = "HMIC 2015 child protection inspection: case file assessment") String framework,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "suspect not interviewed for three months\nno safeguarding of the other grandchildren",
                description = "the reasons, one a line") String reasons) {

    public GradeCaseFile toCommand(String caseId) {
        return new GradeCaseFile(caseId, grade, framework, reasons);
    }
}
