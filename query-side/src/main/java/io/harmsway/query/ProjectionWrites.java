package io.harmsway.query;

import io.harmsway.query.api.DeferredWrites;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The row writes of one read-model processing group, sent to PostgreSQL in JDBC batches, one round
 * trip per run of the same statement, when the processor's batch commits, instead of one round trip
 * per statement as each event is handled. The handlers only write (they never read their own
 * tables while handling, but through {@link #query}, which sends what waits first), so deferring
 * keeps every result; the statements go in the order the handlers made them, so a correction still
 * follows the entry it marks, and a statement that computes from rows (a count moved by one, a
 * milestone as the earliest of a case's entries) sees every earlier write. A group whose cases keep
 * their rows apart ({@code casesApart}) has its batch's writes sent by statement instead, each
 * case's still in their order, so that its several tables per event make long runs; a read model
 * that writes several tables per event makes short runs of each, and those go several statements
 * to a round trip.
 *
 * <p>What the per-event savepoint guarded now happens here. An event whose handling fails, or that
 * the processor parks, has its writes dropped from the batch (its unit of work's rollback), so the
 * processor needs no savepoint per event ({@link #defers}). A write PostgreSQL refuses only shows
 * when the batch is sent: then the batch's writes are undone to a savepoint and sent again one event
 * at a time, each behind a savepoint of its own; the event refused is parked ({@link DeferredWrites.Parking}), with
 * its case's later events of the batch behind it, and every other event's writes stand. Events of a
 * case parked that way that come in later batches are parked behind it as long as it stays parked.
 *
 * <p>Outside a streaming processor's batch (a dead-letter retry, a test calling a handler) every
 * write is sent at once.
 */
public final class ProjectionWrites implements DeferredWrites {

    /** From this many of the same statement in a row, a JDBC batch of it beats mixing it with others. */
    private static final int LONG_RUN = 8;
    /** Statements sent in one multi-statement text: a few kilobytes of SQL, well under the driver's limits. */
    private static final int MIXED_AT_MOST = 64;

    private final JdbcTemplate jdbc;
    private final String group;
    private final String resource;
    private final CaseOrder caseOrder = new CaseOrder();
    /** Cases this class parked itself: the processor's own cache of parked cases does not know them. */
    private final Set<Object> parkedHere = ConcurrentHashMap.newKeySet();
    private final boolean batched;
    private final boolean casesApart;
    private volatile Parking parking;

    /** {@code batched} false sends every write at once, behind the processor's savepoint per event (as before). */
    public ProjectionWrites(JdbcTemplate jdbc, String group, boolean batched) {
        this(jdbc, group, batched, false);
    }

    /**
     * {@code casesApart}: no write of one case's events touches or reads a row another case's
     * events write (every statement names its case, or a clock or event of it), so a batch's writes
     * may go by statement rather than by event, each case's in their order.
     */
    public ProjectionWrites(JdbcTemplate jdbc, String group, boolean batched, boolean casesApart) {
        this.jdbc = jdbc;
        this.group = group;
        this.batched = batched;
        this.casesApart = casesApart;
        this.resource = ProjectionWrites.class.getName() + "/" + group;
    }

    @Override
    public String group() {
        return group;
    }

    @Override
    public void parkWith(Parking parking) {
        this.parking = parking;
    }

    @Override
    public boolean defers(UnitOfWork<?> unitOfWork) {
        return batched && unitOfWork.root() instanceof BatchingUnitOfWork<?>
                && unitOfWork.getMessage() instanceof TrackedEventMessage<?>;
    }

    /** An insert, update or delete of the read model, sent with its batch or at once (see {@link #defers}). */
    public void update(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> event = CurrentUnitOfWork.get();
        if (defers(event)) {
            event.root().<Pending>getOrComputeResource(resource, key -> newPending(event.root())).add(event, sql, args);
        } else {
            // Whatever waits goes first, so the statements keep their order.
            Pending waiting = event.root().getResource(resource);
            if (waiting != null) {
                waiting.flush();
            }
            jdbc.update(sql, args);
        }
    }

    /**
     * A read of the group's own tables while an event is handled. The batch's waiting writes (of
     * the events before this one) are sent first, so the read sees them as it would had each been
     * sent at once; it costs a round trip of its own, so a handler reads only where the database
     * cannot combine the values itself. A handler reads before it writes: what the event itself has
     * written by then would be sent with the rest, beyond its rollback.
     */
    public <T> List<T> query(String sql, RowMapper<T> rows, Object... args) {
        if (CurrentUnitOfWork.isStarted()) {
            Pending waiting = CurrentUnitOfWork.get().root().getResource(resource);
            if (waiting != null) {
                waiting.flush();
            }
        }
        return jdbc.query(sql, rows, args);
    }

    private Pending newPending(UnitOfWork<?> batch) {
        Pending pending = new Pending();
        batch.onPrepareCommit(unitOfWork -> pending.flush());
        return pending;
    }

    private record Write(String sql, Object[] args) {
    }

    /** One event's writes in a batch. */
    private static final class EventWrites {
        final EventMessage<?> event;
        final List<Write> writes = new ArrayList<>();

        EventWrites(EventMessage<?> event) {
            this.event = event;
        }
    }

    /** One batch's writes not yet sent, by event, in order. */
    private final class Pending {

        private final List<EventWrites> events = new ArrayList<>();
        private UnitOfWork<?> currentEvent;
        private Object currentMessage;

        void add(UnitOfWork<?> unitOfWork, String sql, Object[] args) {
            // A rebuild handles a whole batch in one unit of work: its events are told apart by message.
            if (unitOfWork != currentEvent || unitOfWork.getMessage() != currentMessage) {
                currentEvent = unitOfWork;
                currentMessage = unitOfWork.getMessage();
                int mark = events.size();
                // The event's handling failed or it is parked: its writes go with it.
                unitOfWork.onRollback(rolledBack -> {
                    if (mark < events.size()) {
                        events.subList(mark, events.size()).clear();
                    }
                });
                events.add(new EventWrites((EventMessage<?>) unitOfWork.getMessage()));
            }
            events.get(events.size() - 1).writes.add(new Write(sql, args));
        }

        void flush() {
            if (events.isEmpty()) {
                return;
            }
            try {
                List<EventWrites> toSend = behindParkedCases(events);
                if (parking == null) {
                    send(toSend);
                    return;
                }
                Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
                try {
                    Savepoint beforeBatch = connection.setSavepoint();
                    try {
                        send(toSend);
                        connection.releaseSavepoint(beforeBatch);
                    } catch (DataAccessException refused) {
                        connection.rollback(beforeBatch);
                        sendOneEventAtATime(connection, toSend);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("savepoint of the " + group + " batch failed", e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
                }
            } finally {
                events.clear();
                currentEvent = null;
                currentMessage = null;
            }
        }

        /** Events of cases this class parked, while they stay parked, wait behind them. */
        private List<EventWrites> behindParkedCases(List<EventWrites> all) {
            if (parkedHere.isEmpty()) {
                return all;
            }
            List<EventWrites> toSend = new ArrayList<>();
            for (EventWrites event : all) {
                Object sequence = caseOrder.getSequenceIdentifierFor(event.event);
                if (parkedHere.contains(sequence) && parking.isParked(sequence)) {
                    parking.parkBehind(sequence, event.event);
                } else {
                    parkedHere.remove(sequence);
                    toSend.add(event);
                }
            }
            return toSend;
        }

        /**
         * A long run of the same statement goes as one JDBC batch (one statement prepared once);
         * shorter runs of different statements, which is how a read model that writes several tables
         * per event interleaves them, go {@value #MIXED_AT_MOST} at a time as one multi-statement
         * text: the PostgreSQL driver sends its statements in one round trip, in their order.
         */
        private void send(List<EventWrites> batch) {
            List<Write> writes = casesApart ? byStatement(batch)
                    : batch.stream().flatMap(event -> event.writes.stream()).toList();
            List<Write> mixed = new ArrayList<>();
            int start = 0;
            while (start < writes.size()) {
                String sql = writes.get(start).sql();
                int end = start;
                while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                    end++;
                }
                if (end - start >= LONG_RUN) {
                    sendMixed(mixed);
                    jdbc.batchUpdate(sql, writes.subList(start, end).stream().map(Write::args).toList());
                } else {
                    for (Write write : writes.subList(start, end)) {
                        mixed.add(write);
                        if (mixed.size() == MIXED_AT_MOST) {
                            sendMixed(mixed);
                        }
                    }
                }
                start = end;
            }
            sendMixed(mixed);
        }

        /**
         * The batch's writes reordered into runs of the same statement, each case's writes still in
         * their order: in turns, the statement that most cases have next goes, for every case that
         * has it next (as often as it has it next in a row).
         */
        private List<Write> byStatement(List<EventWrites> batch) {
            Map<Object, Deque<Write>> cases = new LinkedHashMap<>();
            for (EventWrites event : batch) {
                cases.computeIfAbsent(caseOrder.getSequenceIdentifierFor(event.event), key -> new ArrayDeque<>())
                        .addAll(event.writes);
            }
            cases.values().removeIf(Deque::isEmpty);
            List<Write> ordered = new ArrayList<>();
            while (!cases.isEmpty()) {
                Map<String, Integer> next = new LinkedHashMap<>();
                cases.values().forEach(writes -> next.merge(writes.peekFirst().sql(), 1, Integer::sum));
                String sql = Collections.max(next.entrySet(), Map.Entry.comparingByValue()).getKey();
                for (Deque<Write> writes : cases.values()) {
                    while (!writes.isEmpty() && writes.peekFirst().sql().equals(sql)) {
                        ordered.add(writes.pollFirst());
                    }
                }
                cases.values().removeIf(Deque::isEmpty);
            }
            return ordered;
        }

        /** Sends the writes, in order, in one round trip, and empties the list. */
        private void sendMixed(List<Write> mixed) {
            if (mixed.size() == 1) {
                jdbc.update(mixed.get(0).sql(), mixed.get(0).args());
            } else if (!mixed.isEmpty()) {
                jdbc.update(mixed.stream().map(Write::sql).collect(Collectors.joining(";\n")),
                        mixed.stream().flatMap(write -> Arrays.stream(write.args())).toArray());
            }
            mixed.clear();
        }

        private void sendOneEventAtATime(Connection connection, List<EventWrites> batch) throws SQLException {
            Set<Object> refusedCases = new HashSet<>();
            for (EventWrites event : batch) {
                Object sequence = caseOrder.getSequenceIdentifierFor(event.event);
                if (refusedCases.contains(sequence)) {
                    parking.parkBehind(sequence, event.event);
                    continue;
                }
                Savepoint beforeEvent = connection.setSavepoint();
                try {
                    for (Write write : event.writes) {
                        jdbc.update(write.sql(), write.args());
                    }
                    connection.releaseSavepoint(beforeEvent);
                } catch (DataAccessException refused) {
                    connection.rollback(beforeEvent);
                    refusedCases.add(sequence);
                    parkedHere.add(sequence);
                    parking.park(sequence, event.event, refused);
                }
            }
        }
    }
}
