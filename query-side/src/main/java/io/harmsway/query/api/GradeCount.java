package io.harmsway.query.api;

/** Case files whose latest grade is {@code grade}. */
public record GradeCount(String grade, long cases) {
}
