package io.harmsway.ops.startup;

import io.harmsway.jdbc.DatabaseLogin;
import io.harmsway.jdbc.PostgresAddress;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the application's database and its two roles (docs/database-roles.md) on first start, so
 * that a new user needs only a running PostgreSQL. It connects as the administrator the PG*
 * variables name (default {@code postgres}), which a deployment does not give the application: there
 * an administrator creates them, and {@code harmsway.database.create-if-missing=false} turns this off.
 */
public class DatabaseBootstrap implements EnvironmentPostProcessor {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([A-Za-z0-9_]+).*");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("harmsway.database.create-if-missing", Boolean.class, true)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        Matcher parts = url == null ? null : URL.matcher(url);
        if (parts == null || !parts.matches()) {
            return;
        }
        createIfMissing(parts.group(1), parts.group(2), PostgresAddress.from(environment::getProperty),
                DatabaseLogin.owner(environment::getProperty), DatabaseLogin.application(environment::getProperty));
    }

    static void createIfMissing(String address, String database, PostgresAddress administrator, DatabaseLogin owner,
                                DatabaseLogin application) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + address + "/postgres",
                administrator.user(), administrator.password())) {
            DatabaseRoles.createIfMissing(admin, owner, application);
            String databaseOwner = DatabaseRoles.createDatabaseIfMissing(admin, database, owner);
            if (!databaseOwner.equals(owner.user())) {
                throw new IllegalStateException(("Database %s belongs to %s, not to %s, the role the migrations run as:"
                        + " it was made before the application had roles of its own. Drop it (dropdb %s) to start"
                        + " afresh, or hand it to %s as docs/database-roles.md says.")
                        .formatted(database, databaseOwner, owner.user(), database, owner.user()));
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new PostgresUnreachable(address, administrator.user(), e);
            }
            throw new IllegalStateException("Cannot check or create database " + database + " and its roles at "
                    + address + " as " + administrator.user(), e);
        }
    }
}
