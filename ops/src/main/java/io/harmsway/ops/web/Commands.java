package io.harmsway.ops.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Sends a command built by its request record and answers as the API does: 204 for a recorded
 * action, 201 with the new id for a child or suspect. A refusal travels back as an exception the
 * ProblemHandler renders.
 */
@Component
public class Commands {

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends the command and waits; a refusal is thrown as the handler threw it, or wrapped by the bus. */
    public void send(Object command) {
        gateway.sendAndWait(command);
    }

    ResponseEntity<Void> record(Object command) {
        send(command);
        return ResponseEntity.noContent().build();
    }

    ResponseEntity<Created> create(Object command, String collection) {
        String id = gateway.sendAndWait(command);
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(new Created(id));
    }
}
