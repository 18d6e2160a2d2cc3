package io.harmsway.sla.clock;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a processing group stands, read from Axon's {@code token_entry} as every node stores it (a
 * node's own processors only know the segments it claims). Read-only: Axon's own
 * {@code TokenStore.fetchToken} would claim the segment. (The operators' metrics read the same
 * table for every group in ops; the module rules keep this class inside sla-rules.)
 */
public class ProcessorTokens {

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    public ProcessorTokens(JdbcTemplate jdbc, Serializer tokenSerializer) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
    }


    /**
     * The group's progress over all its segments: the least position, and the global indexes below
     * positions that a segment saw missing (a transaction still open when it passed), which it will
     * still handle if they appear. Empty when the group has no segment yet.
     */
    Progress progressOf(String group) {
        Progress[] progress = {null};
        jdbc.query("select token, token_type from token_entry where processor_name = ?", row -> {
            TrackingToken token = token(row.getBytes("token"), row.getString("token_type"));
            SortedSet<Long> gaps = new TreeSet<>();
            if (WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
                gaps.addAll(gapAware.getGaps());
            }
            Progress segment = new Progress(position(token), gaps);
            progress[0] = progress[0] == null ? segment : progress[0].with(segment);
        }, group);
        return progress[0];
    }

    /** @param position every event up to it handled, but for the {@code gaps} */
    record Progress(long position, SortedSet<Long> gaps) {

        Progress with(Progress other) {
            SortedSet<Long> both = new TreeSet<>(gaps);
            both.addAll(other.gaps);
            return new Progress(Math.min(position, other.position), both);
        }
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    /** -1 for a segment that has handled nothing (no token: it starts from the first event). */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
