package io.harmsway.ops.support.plans;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One read the application sent, with the parameters it was sent with (see {@link ReadRecorder}). */
public record ReadStatement(String sql, List<Parameter> parameters) {

    /** The statement on one line, as a reader of the plans sees it. */
    public String oneLine() {
        return sql.strip().replaceAll("\\s+", " ");
    }

    /** The parameters' values, in order. */
    public String values() {
        return parameters.stream().map(parameter -> String.valueOf(parameter.args()[1])).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of the statement with its own parameters, in a transaction that is
     * rolled back; with {@code withoutSeqScans}, the planner is told to avoid sequential scans (in that
     * transaction only), so that a {@code Seq Scan} left in the plan means that no index can serve it.
     */
    public Plan explain(JdbcTemplate jdbc, boolean withoutSeqScans) {
        return jdbc.execute((ConnectionCallback<Plan>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (withoutSeqScans) {
                    try (Statement set = connection.createStatement()) {
                        set.execute("set local enable_seqscan = off");
                    }
                }
                return new Plan(explain(connection));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    private List<String> explain(Connection connection) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (Parameter parameter : parameters) {
                parameter.setOn(explain);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }

    /** One {@code PreparedStatement.setXxx(index, value...)} call, replayed as it was made. */
    public record Parameter(Method setter, Object[] args) {

        void setOn(PreparedStatement statement) throws SQLException {
            try {
                setter.invoke(statement, args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Parameter parameter && setter.equals(parameter.setter)
                    && Arrays.deepEquals(args, parameter.args);
        }

        @Override
        public int hashCode() {
            return 31 * setter.hashCode() + Arrays.deepHashCode(args);
        }
    }
}
