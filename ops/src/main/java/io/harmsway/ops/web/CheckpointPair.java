package io.harmsway.ops.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Two checkpoints kept outside the database, the older first: did the store only grow between them? */
public record CheckpointPair(@NotNull @Valid CheckpointBody from, @NotNull @Valid CheckpointBody to) {
}
