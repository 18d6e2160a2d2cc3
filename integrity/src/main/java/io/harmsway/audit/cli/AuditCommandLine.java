package io.harmsway.audit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.audit.AuditConfiguration;
import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.ConsistencyCheck;
import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.VerificationReport;
import io.harmsway.audit.proof.ProofDesk;
import io.harmsway.audit.seal.SealRows;
import io.harmsway.audit.sign.KeySource;
import io.harmsway.audit.verify.StoreVerifier;
import io.harmsway.jdbc.DatabaseLogin;
import io.harmsway.jdbc.PostgresAddress;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code audit verify [--checkpoint FILE] [--public-key FILE] [--json]} recomputes every event's
 * leaf, the chain and the tree from the store and holds them against the seals, the signed heads
 * and the checkpoint kept outside; {@code audit consistency FROM.json TO.json [--public-key FILE]}
 * checks that the store only grew from one checkpoint to the other. PostgreSQL is found through
 * the PG* variables. The public key (PEM or base64, as {@code GET /api/audit/public-key} gives it,
 * or the {@code public-key.pem} beside the exported checkpoints) comes from {@code --public-key},
 * or else from the signing key settings, if the command runs where the key is. Exit status: 0
 * intact, 1 not, 2 usage.
 */
public final class AuditCommandLine {

    private final StandardEnvironment environment = new StandardEnvironment();
    private final ObjectMapper json = AuditConfiguration.checkpointJson();
    private final PrintStream out;
    private final PrintStream err;

    public AuditCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new AuditCommandLine(System.out, System.err).run(args));
    }

    public int run(String... args) {
        try {
            Arguments arguments = new Arguments(args);
            return switch (arguments.command()) {
                case "verify" -> verify(arguments);
                case "consistency" -> consistency(arguments);
                default -> usage();
            };
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println(e.getMessage());
            return e instanceof IllegalArgumentException ? usage() : 1;
        }
    }

    private int verify(Arguments arguments) throws UncheckedIOException {
        Checkpoint outside = arguments.option("--checkpoint") == null ? null : checkpoint(arguments.option("--checkpoint"));
        Predicate<Checkpoint> genuine = genuine(arguments.option("--public-key"), outside != null);
        VerificationReport report = new StoreVerifier(jdbc(), genuine, pageSize()).verify(outside);
        out.print(arguments.flag("--json") ? write(report) + "\n" : ReportText.of(report));
        return report.intact() ? 0 : 1;
    }

    private int consistency(Arguments arguments) {
        if (arguments.positional().size() != 2) {
            throw new IllegalArgumentException("consistency takes two checkpoint files, the older first");
        }
        Checkpoint from = checkpoint(arguments.positional().get(0));
        Checkpoint to = checkpoint(arguments.positional().get(1));
        ConsistencyCheck check = new ProofDesk(new SealRows(jdbc(), pageSize()), genuine(arguments.option("--public-key"), true))
                .check(from, to);
        out.println(check.consistent()
                ? "CONSISTENT: the store only grew from %,d events (checkpoint %d) to %,d (checkpoint %d)."
                        .formatted(from.treeSize(), from.id(), to.treeSize(), to.id())
                : "NOT CONSISTENT: " + check.problem());
        return check.consistent() ? 0 : 1;
    }

    private Predicate<Checkpoint> genuine(String publicKeyFile, boolean needed) {
        if (publicKeyFile != null) {
            String base64 = read(publicKeyFile).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return checkpoint -> ProofCheck.signature(checkpoint, base64);
        }
        String keyFile = environment.getProperty("harmsway.audit.signing-key-file");
        String key = environment.getProperty("harmsway.audit.signing-key");
        if ((keyFile == null || keyFile.isBlank()) && (key == null || key.isBlank())) {
            if (needed) {
                throw new IllegalArgumentException("a checkpoint's signature needs the public key: --public-key FILE");
            }
            return checkpoint -> false;
        }
        return KeySource.load(keyFile, key, false, null)::signed;
    }

    private Checkpoint checkpoint(String file) {
        try {
            return json.readValue(read(file), Checkpoint.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a checkpoint as exported: " + e.getMessage());
        }
    }

    private String write(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private JdbcTemplate jdbc() {
        PostgresAddress postgres = PostgresAddress.from(environment::getProperty);
        // Verification only reads: it connects as the application's role, never as an administrator.
        DatabaseLogin application = DatabaseLogin.application(environment::getProperty);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                environment.getProperty("spring.datasource.url", postgres.url()), application.user(), application.password());
        dataSource.setDriverClassName("org.postgresql.Driver");
        return new JdbcTemplate(dataSource);
    }

    private int pageSize() {
        return Integer.parseInt(environment.getProperty("harmsway.audit.verify-page-size", "2000"));
    }

    private int usage() {
        err.println("""
                usage: audit verify [--checkpoint FILE] [--public-key FILE] [--json]
                           recompute every event's leaf, the chain and the tree, and hold them against the seals,
                           the signed heads and the checkpoint kept outside the database
                       audit consistency FROM.json TO.json [--public-key FILE]
                           check that the store only grew from one checkpoint to the other
                       audit verify-bundle BUNDLE.json --public-key FILE
                           check a case bundle offline, with nothing but the bundle and the public key
                PostgreSQL is found through PGHOST, PGPORT and PGDATABASE (default localhost:5432, database harmsway),
                as the application's role (spring.datasource.username and .password, default harmsway_app). The public key is public-key.pem beside the exported checkpoints, or
                GET /api/audit/public-key. Exit status: 0 intact or consistent, 1 not, 2 usage.""");
        return 2;
    }

    /** The command, its {@code --name value} options, {@code --flag}s and the rest. */
    private record Arguments(String command, List<String> positional, List<String> options) {

        Arguments(String... args) {
            this(args.length == 0 ? "help" : args[0], new ArrayList<>(), new ArrayList<>());
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--json")) {
                    options.add(args[i]);
                    options.add("");
                } else if (args[i].startsWith("--")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.add(args[i]);
                    options.add(args[++i]);
                } else {
                    positional.add(args[i]);
                }
            }
        }

        String option(String name) {
            int at = options.indexOf(name);
            return at < 0 ? null : options.get(at + 1);
        }

        boolean flag(String name) {
            return options.contains(name);
        }
    }
}
