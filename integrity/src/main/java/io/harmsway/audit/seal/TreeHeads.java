package io.harmsway.audit.seal;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.audit.tree.Frontier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** {@code audit_tree_head}: signed tree heads, the sealer's and the checkpoints; append-only. */
public final class TreeHeads {

    private static final String COLUMNS = "id, tree_size, root_hash, chain_head, signed_at, key_id, signature";
    private static final RowMapper<Checkpoint> HEAD = (rs, n) -> new Checkpoint(Checkpoint.FORMAT, rs.getLong("id"),
            rs.getLong("tree_size"), TreeHash.hex(rs.getBytes("root_hash")), TreeHash.hex(rs.getBytes("chain_head")),
            rs.getTimestamp("signed_at").toInstant(), rs.getString("key_id"),
            Base64.getEncoder().encodeToString(rs.getBytes("signature")));

    private final JdbcTemplate jdbc;

    public TreeHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a signed head with the frontier and last global index it was signed from; answers it with its id. */
    Checkpoint append(HeadKind kind, Checkpoint head, SealedState state) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_tree_head (kind, tree_size, root_hash, chain_head, signed_at, key_id, signature,
                                                 last_global_index, frontier)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, kind.name());
            insert.setLong(2, head.treeSize());
            insert.setBytes(3, TreeHash.fromHex(head.rootHash()));
            insert.setBytes(4, TreeHash.fromHex(head.chainHead()));
            insert.setTimestamp(5, Timestamp.from(head.time()));
            insert.setString(6, head.keyId());
            insert.setBytes(7, Base64.getDecoder().decode(head.signature()));
            insert.setLong(8, state.lastGlobalIndex());
            insert.setBytes(9, state.frontier().bytes());
            return insert;
        }, id);
        return new Checkpoint(head.format(), id.getKey().longValue(), head.treeSize(), head.rootHash(),
                head.chainHead(), head.time(), head.keyId(), head.signature());
    }

    /** The state the newest head was signed from, if any head was ever signed. */
    Optional<SealedState> latestState() {
        return jdbc.query("""
                select tree_size, chain_head, last_global_index, frontier from audit_tree_head order by id desc limit 1""",
                (rs, n) -> new SealedState(Frontier.of(rs.getLong("tree_size"), rs.getBytes("frontier")),
                        rs.getBytes("chain_head"), rs.getLong("last_global_index"))).stream().findFirst();
    }

    public List<Checkpoint> checkpoints(int limit) {
        return jdbc.query("select " + COLUMNS + " from audit_tree_head where kind = 'CHECKPOINT' order by id desc limit ?",
                HEAD, limit);
    }

    public Optional<Checkpoint> checkpoint(long id) {
        return jdbc.query("select " + COLUMNS + " from audit_tree_head where kind = 'CHECKPOINT' and id = ?", HEAD, id)
                .stream().findFirst();
    }

    /** Every signed head, smallest tree first: what a verifier uses to locate a change the seals were rewritten over. */
    public List<Checkpoint> all() {
        return jdbc.query("select " + COLUMNS + " from audit_tree_head order by tree_size, id", HEAD);
    }
}
