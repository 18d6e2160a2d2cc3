package io.harmsway.query.rebuild;

import io.harmsway.query.api.ReadModelRebuilds;
import io.harmsway.query.api.RebuildStatus;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rebuilds a read model blue/green: its own handlers (the same instances the live processor calls)
 * replay the whole store into copies of its tables in {@value #SCHEMA}, in units of work of a batch
 * each, as a processor's, whose transactions have a
 * {@code search_path} that puts the copies first, while the live processor goes on filling the served
 * tables. Caught up, it stops the live processor, applies the events that came meanwhile, and in one
 * transaction replaces the served rows with the copy's (DELETE and INSERT: readers see the old rows
 * until it commits, never an empty table) and sets the processor's token to where the copy stands;
 * then it starts the processor again, which carries on from there. Why not Axon's replay: a reset
 * empties the served tables first, so for the length of the replay the case list, the inboxes and
 * the figures would be wrong.
 */
public class ShadowRebuild implements ReadModelRebuilds {

    public static final String SCHEMA = "read_model_rebuild";
    public static final String ALL = "all";

    private static final Logger log = LoggerFactory.getLogger(ShadowRebuild.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Supplier<TransactionTemplate> transactions;
    private final Supplier<TransactionManager> unitTransactions;
    private final Supplier<EventStore> store;
    private final Supplier<TokenStore> tokens;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Map<String, List<String>> tables;
    private final Function<String, List<Object>> handlers;
    private final List<String> order;
    private final Clock clock;
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ShadowRebuild(JdbcTemplate jdbc, Supplier<TransactionTemplate> transactions, Supplier<TransactionManager> unitTransactions,
                         Supplier<EventStore> store,
                         Supplier<TokenStore> tokens, Supplier<EventProcessingConfiguration> processing,
                         List<String> order, Map<String, List<String>> tables, Function<String, List<Object>> handlers,
                         Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.unitTransactions = unitTransactions;
        this.store = store;
        this.tokens = tokens;
        this.processing = processing;
        this.order = List.copyOf(order);
        this.tables = Map.copyOf(tables);
        this.handlers = handlers;
        this.clock = clock;
    }

    @Override
    public List<String> groups() {
        return order;
    }

    @Override
    public Optional<RebuildStatus> start(String group) {
        List<String> groups = ALL.equals(group) ? order : List.of(group);
        if (!busy.compareAndSet(false, true)) {
            return Optional.empty();
        }
        long head = head();
        groups.forEach(each -> progress.put(each, new RebuildProgress(each, head, clock)));
        runner.submit(() -> {
            try {
                groups.forEach(this::rebuild);
            } finally {
                busy.set(false);
            }
        });
        return Optional.of(status(group));
    }

    @Override
    public RebuildStatus status(String group) {
        if (ALL.equals(group)) {
            List<RebuildStatus> each = order.stream().map(this::status).toList();
            return combined(each);
        }
        RebuildProgress known = progress.get(group);
        return known == null ? RebuildStatus.idle(group) : known.status();
    }

    private void rebuild(String group) {
        RebuildProgress rebuild = progress.get(group);
        try {
            List<AnnotationEventHandlerAdapter> adapters = handlers.apply(group).stream()
                    .map(AnnotationEventHandlerAdapter::new).toList();
            prepareCopies(group);
            StreamingEventProcessor processor = processing.get().eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no processor " + group));
            try (BlockingStream<TrackedEventMessage<?>> stream = store.get().openStream(null)) {
                TrackingToken reached = replay(stream, adapters, rebuild, null);
                rebuild.swapping();
                processor.shutDown();
                try {
                    reached = replay(stream, adapters, rebuild, reached);
                    swap(group, reached);
                } finally {
                    processor.start();
                }
            }
            dropCopies(group);
            rebuild.done();
            log.info("Read model {} rebuilt from the store: {}", group, rebuild.status());
        } catch (RuntimeException e) {
            log.error("Rebuilding read model {} failed; the served copy is unchanged", group, e);
            rebuild.failed(String.valueOf(e.getMessage()));
        }
    }

    /** Handles every event available now, a transaction per batch, into the copies. */
    private TrackingToken replay(BlockingStream<TrackedEventMessage<?>> stream, List<AnnotationEventHandlerAdapter> adapters,
                                 RebuildProgress rebuild, TrackingToken from) {
        TrackingToken reached = from;
        while (stream.hasNextAvailable()) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && stream.hasNextAvailable()) {
                batch.add(next(stream));
            }
            inBatch(batch, adapters);
            reached = batch.get(batch.size() - 1).trackingToken();
            rebuild.handled(batch.size(), reached.position().orElse(0));
        }
        return reached;
    }

    /**
     * One batch as a processor handles one: a unit of work over the batch with its transaction
     * attached, so whatever a handler defers to the unit of work's commit (batched writes) happens
     * here too, and in the copies (the transaction's search_path).
     */
    private void inBatch(List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> adapters) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(unitTransactions.get());
        AtomicBoolean copiesFirst = new AtomicBoolean();
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            if (copiesFirst.compareAndSet(false, true)) {
                jdbc.execute("set local search_path to " + SCHEMA + ", public");
            }
            handle(adapters, unitOfWork.getMessage());
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException(String.valueOf(result.exceptionResult().getMessage()),
                    result.exceptionResult());
        }
    }

    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> stream) {
        try {
            return stream.nextAvailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the store", e);
        }
    }

    private static void handle(List<AnnotationEventHandlerAdapter> adapters, EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter adapter : adapters) {
            try {
                if (adapter.canHandle(event)) {
                    adapter.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException("event " + event.getIdentifier() + " (" + event.getPayloadType()
                        .getSimpleName() + "): " + e.getMessage(), e);
            }
        }
    }

    private void prepareCopies(String group) {
        transactions.get().executeWithoutResult(status -> tables.get(group).forEach(table -> {
            jdbc.execute("drop table if exists " + SCHEMA + "." + table);
            jdbc.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
        }));
    }

    /** The copy replaces the served rows, and the processor's token moves to where the copy stands, at once. */
    private void swap(String group, TrackingToken reached) {
        TokenStore tokenStore = tokens.get();
        transactions.get().executeWithoutResult(status -> {
            tables.get(group).forEach(table -> {
                jdbc.execute("delete from public." + table);
                jdbc.execute(copy(table));
            });
            if (reached != null) {
                for (int segment : tokenStore.fetchSegments(group)) {
                    tokenStore.storeToken(reached, group, segment);
                }
            }
        });
        if (reached != null) {
            for (int segment : tokenStore.fetchSegments(group)) {
                tokenStore.releaseClaim(group, segment);
            }
        }
    }

    /**
     * Copies every column but an identity column, which the served table numbers anew from its own
     * sequence, in the copy's order: the same order as the copy's numbers, and after every number
     * the served table gave before.
     */
    private String copy(String table) {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = ? and is_identity = 'NO' and is_generated = 'NEVER'
                order by ordinal_position""", String.class, table);
        List<String> numbered = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = ? and is_identity = 'YES'""", String.class, table);
        String list = String.join(", ", columns);
        return "insert into public." + table + " (" + list + ") select " + list + " from " + SCHEMA + "." + table
                + (numbered.isEmpty() ? "" : " order by " + String.join(", ", numbered));
    }

    private void dropCopies(String group) {
        tables.get(group).forEach(table -> jdbc.execute("drop table if exists " + SCHEMA + "." + table));
    }

    private long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private static RebuildStatus combined(List<RebuildStatus> each) {
        String state = each.stream().anyMatch(status -> "FAILED".equals(status.state())) ? "FAILED"
                : each.stream().allMatch(status -> "DONE".equals(status.state())) ? "DONE"
                : each.stream().allMatch(status -> "IDLE".equals(status.state())) ? "IDLE" : "RUNNING";
        long done = each.stream().mapToLong(RebuildStatus::eventsDone).sum();
        long total = each.stream().mapToLong(RebuildStatus::eventsTotal).sum();
        double rate = each.stream().filter(status -> !status.finished()).mapToDouble(RebuildStatus::eventsPerSecond)
                .max().orElse(0);
        Long left = rate > 0 ? Math.round((total - done) / rate) : null;
        String problem = each.stream().map(RebuildStatus::problem).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return new RebuildStatus(ALL, state, done, total, rate, "DONE".equals(state) ? Long.valueOf(0) : left,
                each.get(0).startedAt(), "DONE".equals(state) || "FAILED".equals(state)
                ? each.get(each.size() - 1).finishedAt() : null, problem);
    }
}
