package io.harmsway.audit.seal;

import io.harmsway.audit.tree.LeafHashSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code audit_seal}, the one writer and the readers: append-only (a trigger refuses anything else). */
public final class SealRows implements LeafHashSource {

    private static final RowMapper<Seal> ROW = (rs, n) -> new Seal(rs.getLong("leaf_index"), rs.getLong("global_index"),
            rs.getBytes("leaf_hash"), rs.getBytes("chain_hash"));

    private final JdbcTemplate jdbc;
    private final int pageSize;

    public SealRows(JdbcTemplate jdbc, int pageSize) {
        this.jdbc = jdbc;
        this.pageSize = pageSize;
    }

    void append(List<Seal> seals) {
        jdbc.batchUpdate("insert into audit_seal (leaf_index, global_index, leaf_hash, chain_hash) values (?, ?, ?, ?)",
                seals, seals.size(), (statement, seal) -> {
                    statement.setLong(1, seal.leafIndex());
                    statement.setLong(2, seal.globalIndex());
                    statement.setBytes(3, seal.leafHash());
                    statement.setBytes(4, seal.chainHash());
                });
    }

    public Optional<Seal> last() {
        return jdbc.query("select * from audit_seal order by leaf_index desc limit 1", ROW).stream().findFirst();
    }

    /** Seals from leaf {@code fromLeaf} on, at most {@code limit}, in leaf order. */
    public List<Seal> fromLeaf(long fromLeaf, int limit) {
        return jdbc.query("select * from audit_seal where leaf_index >= ? order by leaf_index limit ?", ROW, fromLeaf,
                limit);
    }

    /** Seals after a global index, in global index order (the verifier's walk: in order, they agree). */
    public List<Seal> afterGlobalIndex(long globalIndex, int limit) {
        return jdbc.query("select * from audit_seal where global_index > ? order by global_index limit ?", ROW,
                globalIndex, limit);
    }

    /** The seal of the event with this id, if the event is in the store and sealed. */
    public Optional<Seal> ofEvent(String eventIdentifier) {
        return jdbc.query("""
                select s.* from audit_seal s join domain_event_entry e on e.global_index = s.global_index
                where e.event_identifier = ?""", ROW, eventIdentifier).stream().findFirst();
    }

    @Override
    public void read(long count, Consumer<byte[]> consumer) {
        long next = 0;
        while (next < count) {
            List<Seal> page = fromLeaf(next, (int) Math.min(pageSize, count - next));
            if (page.isEmpty()) {
                throw new IllegalStateException("the seals end at leaf " + next + ", before " + count);
            }
            for (Seal seal : page) {
                if (seal.leafIndex() != next) {
                    throw new IllegalStateException("no seal for leaf " + next);
                }
                consumer.accept(seal.leafHash());
                next++;
            }
        }
    }
}
