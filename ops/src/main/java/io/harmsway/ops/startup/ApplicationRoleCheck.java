package io.harmsway.ops.startup;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Refuses to start when the application connects as a role that could rewrite history: a superuser,
 * the owner of the event store (who can disable its trigger), or one granted more than reading and
 * appending events. Connecting as such a role would go unnoticed otherwise: everything would work.
 * Runs once the migrations have (Spring Boot runs Flyway before any JdbcTemplate is handed out).
 */
@Component
public class ApplicationRoleCheck implements InitializingBean {

    private final JdbcTemplate jdbc;

    public ApplicationRoleCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> powers = jdbc.queryForList("""
                select power from (
                    select 'is a superuser' as power from pg_roles where rolname = current_user and rolsuper
                    union all select 'owns domain_event_entry' from pg_tables
                        where schemaname = 'public' and tablename = 'domain_event_entry' and tableowner = current_user
                    union all select 'may ' || p || ' domain_event_entry'
                        from unnest(array['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) as p
                        where has_table_privilege(current_user, 'public.domain_event_entry', p)
                ) as powers""", String.class);
        if (!powers.isEmpty()) {
            String role = jdbc.queryForObject("select current_user", String.class);
            throw new IllegalStateException("The application connects to PostgreSQL as " + role + ", which "
                    + String.join(", ", powers) + ": it could rewrite the recorded history. Connect as the"
                    + " application's role (spring.datasource.username, default harmsway_app) and run the migrations"
                    + " as the owner (spring.flyway.user, default harmsway_owner): see docs/database-roles.md.");
        }
    }
}
