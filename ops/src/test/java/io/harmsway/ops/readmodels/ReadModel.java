package io.harmsway.ops.readmodels;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

import java.util.List;

/**
 * One processing group's handlers behind Axon's own adapters: an event reaches every handler that
 * takes it, with its timestamp, metadata and tracking token resolved as a processor resolves them;
 * a query goes over a query bus; a reset runs the group's {@code @ResetHandler}s.
 */
final class ReadModel {

    private final List<AnnotationEventHandlerAdapter> handlers;
    private final QueryBus queries = SimpleQueryBus.builder().build();

    ReadModel(List<Object> beans) {
        if (beans.isEmpty()) {
            throw new IllegalArgumentException("no handlers in this processing group");
        }
        handlers = beans.stream().map(AnnotationEventHandlerAdapter::new).toList();
        beans.forEach(bean -> new AnnotationQueryHandlerAdapter<>(bean).subscribe(queries));
    }

    void handle(EventMessage<?> event) throws Exception {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                handler.handle(event);
            }
        }
    }

    void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    <R> List<R> ask(Object query, Class<R> type) throws Exception {
        return queries.query(new GenericQueryMessage<>(query, ResponseTypes.multipleInstancesOf(type))).get()
                .getPayload();
    }
}
