package io.harmsway.ops.boundaryfixture.sla.api;

import org.springframework.jdbc.core.JdbcTemplate;

/** Breaks the rule that an api package holds no Spring and no JDBC. */
public record ClockRowsQuery(JdbcTemplate jdbc) {
}
