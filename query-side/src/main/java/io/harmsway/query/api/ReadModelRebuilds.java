package io.harmsway.query.api;

import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a read model from the event store beside the copy being served, then swaps it in
 * (docs/inspection.md#rebuilding-read-models). One rebuild runs at a time.
 */
public interface ReadModelRebuilds {

    /** The processing groups that can be rebuilt, in the order "all" rebuilds them. */
    List<String> groups();

    /** Starts rebuilding the group (or every group, {@code all}); empty when a rebuild is already running. */
    Optional<RebuildStatus> start(String group);

    RebuildStatus status(String group);
}
