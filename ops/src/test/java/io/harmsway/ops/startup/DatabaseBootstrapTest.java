package io.harmsway.ops.startup;

import io.harmsway.jdbc.DatabaseLogin;
import io.harmsway.jdbc.PostgresAddress;
import io.harmsway.ops.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's first start, on a real PostgreSQL: the database and both roles are created as the
 * administrator, the database owned by the owner role; again, nothing changes; and roles created by
 * several processes at once (two test runs) are created once, with no one failing. Roles of its own,
 * dropped afterwards, so nothing another run uses is touched.
 */
class DatabaseBootstrapTest {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String database = "harmsway_boot_" + suffix;
    private final DatabaseLogin owner = new DatabaseLogin("boot_owner_" + suffix, "o");
    private final DatabaseLogin application = new DatabaseLogin("boot_app_" + suffix, "a");
    private final PostgresAddress administrator = PostgresAddress.fromEnvironment();
    private final String address = Postgres.HOST + ":" + Postgres.PORT;

    @AfterEach
    void dropWhatWasMade() {
        Postgres.admin("drop database if exists " + database + " with (force)", "the tests");
        Postgres.admin("drop role if exists " + application.user(), "the tests");
        Postgres.admin("drop role if exists " + owner.user(), "the tests");
    }

    @Test
    void createsTheRolesAndTheDatabaseOwnedByTheOwnerOnceOnly() throws SQLException {
        DatabaseBootstrap.createIfMissing(address, database, administrator, owner, application);
        DatabaseBootstrap.createIfMissing(address, database, administrator, owner, application);

        try (Connection admin = admin()) {
            assertThat(DatabaseRoles.createDatabaseIfMissing(admin, database, owner)).isEqualTo(owner.user());
            var roles = admin.createStatement().executeQuery("select count(*) from pg_roles where rolname in ('"
                    + owner.user() + "', '" + application.user() + "') and rolcanlogin and not rolsuper"
                    + " and not rolcreaterole and not rolcreatedb");
            roles.next();
            assertThat(roles.getInt(1)).isEqualTo(2);
        }
        try (Connection asOwner = DriverManager.getConnection(Postgres.url(database), owner.user(), owner.password())) {
            asOwner.createStatement().execute("create table made_by_the_owner (id int)");
        }
    }

    @Test
    void refusesADatabaseMadeBeforeTheRoles() {
        Postgres.admin("create database " + database, "the tests");

        assertThatThrownBy(() -> DatabaseBootstrap.createIfMissing(address, database, administrator, owner, application))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Database " + database + " belongs to " + administrator.user() + ", not to " + owner.user())
                .hasMessageContaining("dropdb " + database).hasMessageContaining("docs/database-roles.md");
    }

    @Test
    void rolesCreatedByManyAtOnceAreCreatedOnceWithoutFailing() throws Exception {
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Void> race = () -> {
                    try (Connection admin = admin()) {
                        start.await();
                        DatabaseRoles.createIfMissing(admin, owner, application);
                    }
                    return null;
                };
                results.add(pool.submit(race));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }

        try (Connection admin = admin()) {
            var roles = admin.createStatement().executeQuery("select count(*) from pg_roles where rolname in ('"
                    + owner.user() + "', '" + application.user() + "')");
            roles.next();
            assertThat(roles.getInt(1)).isEqualTo(2);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(Postgres.url("postgres"), Postgres.USER, Postgres.PASSWORD);
    }
}
