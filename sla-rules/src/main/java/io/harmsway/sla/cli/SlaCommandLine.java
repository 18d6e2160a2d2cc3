package io.harmsway.sla.cli;

import io.harmsway.jdbc.DatabaseLogin;
import io.harmsway.jdbc.PostgresAddress;
import io.harmsway.sla.RuleResources;
import io.harmsway.sla.SlaProperties;
import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.api.RuleRejected;
import io.harmsway.sla.backtest.Backtest;
import io.harmsway.sla.backtest.BacktestDesk;
import io.harmsway.sla.backtest.EventHistory;
import io.harmsway.sla.clock.DueDates;
import io.harmsway.sla.rules.CatalogueListing;
import io.harmsway.sla.rules.RuleCatalogue;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code sla rules} lists the catalogue; {@code sla backtest RULE.yaml} runs a rule over the
 * recorded history in PostgreSQL (found through the PG* variables and reached as the application's
 * role, as the application finds and reaches it: it only reads) and prints what it would have flagged. Settings come from system properties and environment
 * variables, as for the application ({@code HARMSWAY_SLA_RULES}, {@code HARMSWAY_SLA_BANK_HOLIDAYS},
 * and every number a rule file names).
 */
public final class SlaCommandLine {

    private final StandardEnvironment environment = new StandardEnvironment();
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public SlaCommandLine(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new SlaCommandLine(System.out, System.err, Clock.systemUTC()).run(args));
    }

    public int run(String... args) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "rules" -> out.print(new CatalogueListing(catalogue(), clock).text(clock.instant()));
                case "backtest" -> {
                    if (args.length != 2) {
                        return usage();
                    }
                    backtest(Path.of(args[1]));
                }
                default -> {
                    return usage();
                }
            }
            return 0;
        } catch (RuleRejected | IllegalStateException | IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private RuleCatalogue catalogue() {
        return resources().catalogue(setting("harmsway.sla.rules", SlaProperties.DEFAULT_RULES),
                setting("harmsway.sla.bank-holidays", SlaProperties.DEFAULT_BANK_HOLIDAYS));
    }

    private void backtest(Path ruleFile) throws IOException {
        String yaml = Files.readString(ruleFile, StandardCharsets.UTF_8);
        resources().reader().read(ruleFile.toString(), yaml);
        var calendar = resources().calendar(setting("harmsway.sla.bank-holidays", SlaProperties.DEFAULT_BANK_HOLIDAYS));
        var history = new EventHistory(new JdbcTemplate(dataSource()), EventSerializer.create(),
                Integer.parseInt(setting("harmsway.sla.backtest-page-size", "1000")));
        var desk = new BacktestDesk(resources().reader(), new Backtest(new DueDates(calendar)), history, clock);
        ProgressBar bar = new ProgressBar(err);
        BacktestReport report = desk.run(yaml, bar);
        bar.done();
        out.print(ReportText.of(report));
    }

    private RuleResources resources() {
        return new RuleResources(environment::resolveRequiredPlaceholders);
    }

    private DriverManagerDataSource dataSource() {
        PostgresAddress postgres = PostgresAddress.from(environment::getProperty);
        DatabaseLogin application = DatabaseLogin.application(environment::getProperty);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(setting("spring.datasource.url", postgres.url()),
                application.user(), application.password());
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }

    private String setting(String name, String fallback) {
        return environment.getProperty(name, fallback);
    }

    private int usage() {
        err.println("""
                usage: sla rules                 list the rule catalogue (every version; * marks those in force)
                       sla backtest RULE.yaml    run a rule over the recorded history and print what it would have flagged
                PostgreSQL is found through PGHOST, PGPORT and PGDATABASE (default localhost:5432, database harmsway),
                as the application's role: SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (default
                harmsway_app; see docs/database-roles.md). Settings such as HARMSWAY_SLA_RULES=file:/etc/harmsway/rules/*.yaml
                or HARMSWAY_SLA_SUSPECT_INTERVIEW_DAYS_HIGH=5 apply as they do to the application.""");
        return 2;
    }
}
