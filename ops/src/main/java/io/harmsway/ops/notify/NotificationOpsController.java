package io.harmsway.ops.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Dead deliveries for operators: who was not told of what, why, and a resend after the fix. */
@RestController
@RequestMapping("/api/ops/notifications")
@Tag(name = "Operations")
public class NotificationOpsController {

    private final DeliveryStore store;
    private final Clock clock;

    public NotificationOpsController(DeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/dead")
    @Operation(summary = "Deliveries that failed every attempt, the longest dead first (operators)")
    List<DeadDelivery> dead() {
        return store.dead();
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Send a dead delivery again, now, with all its attempts; same webhook-id (operators)")
    ResponseEntity<Map<String, Object>> resend(@PathVariable long id) {
        if (!store.resend(id, clock.instant())) {
            throw NotificationSettingsController.problem(HttpStatus.NOT_FOUND, "No such dead delivery", "id",
                    "no dead delivery " + id);
        }
        return ResponseEntity.accepted().body(Map.of("id", id, "status", DeliveryStatus.PENDING.name()));
    }
}
