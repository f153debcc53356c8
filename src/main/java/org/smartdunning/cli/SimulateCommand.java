package org.smartdunning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartdunning.application.simulate.SimulationResult;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.bootstrap.ProcessSetup;
import org.smartdunning.bootstrap.RunSettings;
import org.smartdunning.config.EnvironmentSecret;
import org.smartdunning.experiments.analysis.TrueEffect;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.store.Database;
import org.smartdunning.store.StoreBusyException;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning simulate --data DIR --from D1 --to D2 --workflow FILE}: the daily process over a synthetic world. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Runs the daily process day by day over a live synthetic world, with real dispatch.",
        description = {"Runs the daily process day by day over a live synthetic world that reacts to every action,",
            "with real dispatch (SMTP, SMS endpoint, PDF letters, hand-off files), so a workflow's figures",
            "can be compared before going live. DIR receives the store, the letters and the hand-off files."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the simulation's folder")
    private Path dir;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first simulated day")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last simulated day")
    private LocalDate to;

    @Option(names = "--world", defaultValue = WorldPresets.DEFAULT,
            description = "world preset: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})", completionCandidates = Presets.class)
    private String world;

    @Option(names = "--customers", defaultValue = "10000", description = "number of customers (default: ${DEFAULT-VALUE})")
    private int customers;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the simulation's store (default: a fresh jdbc:duckdb:DIR/simulation.duckdb)")
    private String db;

    @Option(names = "--creditor", paramLabel = "ID", defaultValue = "default",
            description = "the simulated creditor's id in the store (default: ${DEFAULT-VALUE})")
    private String creditor;

    @Option(names = "--verbose", description = "print stack traces of errors")
    private boolean verbose;

    @Mixin
    private ProcessOptions process;

    @Mixin
    private PolicyOptions policy;

    /** The world presets, for the help text. */
    static final class Presets extends java.util.ArrayList<String> {
        Presets() {
            super(WorldPresets.names());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
            WorldParameters parameters = WorldPresets.named(world);
            CreditorId owner = new CreditorId(creditor);
            policy.exploration();
            policy.coldStart();
            Files.createDirectories(dir);
            String url = db != null ? db : freshStore(dir.resolve("simulation.duckdb"));
            try (Database database = Database.open(url, owner,
                    EnvironmentSecret.read(System.getenv(), StoreOptions.DB_PASSWORD)).claimFor("simulate");
                 ProcessSetup setup = ProcessSetup.load(process.workflow, process.experiments,
                         RunSettings.read(process.settings).within(dir))) {
                RunStats stats = new RunStats();
                Engine engine = Engine.on(database, Clock.systemUTC());
                SimulationResult result = engine.simulateDays(setup.daily(),
                        RunCommand.business(process.business, null), policy.decisions(), new PrintedProgress(out))
                        .run(parameters, customers, from, to, engine.keepSimulatedFacts());
                report(out, result, setup.settings());
                out.println("simulate done in " + stats.summary());
            }
            out.flush();
            return 0;
        } catch (StoreBusyException e) {
            CommandErrors.report(err, "simulate", e, false);
            return StoreOptions.BUSY;
        } catch (IOException | RuntimeException e) {
            return CommandErrors.report(err, "simulate", e instanceof IOException io ? new java.io.UncheckedIOException(io)
                    : (RuntimeException) e, verbose);
        }
    }

    private static String freshStore(Path file) throws IOException {
        // a simulation starts from nothing: an old run's outbox and stage records would stop this one
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
        return "jdbc:duckdb:" + file;
    }

    private static void report(PrintWriter out, SimulationResult t, RunSettings settings) throws IOException {
        out.printf(Locale.ROOT, "simulated %d days: %,d invoices issued, %,d payments (%,.2f received), %,d invoice"
                + " inquiries, %,d customers left%n", t.days(), t.invoices(), t.payments(), t.paidCents() / 100.0,
                t.invoiceInquiries(), t.churned());
        out.printf(Locale.ROOT, "reminders sent: %,d (sms %,d, e-mail %,d, letter %,d); collection cases: %,d%n",
                t.sent().getOrDefault(DunningAction.SMS, 0) + t.sent().getOrDefault(DunningAction.EMAIL, 0)
                        + t.sent().getOrDefault(DunningAction.LETTER, 0), t.sent().getOrDefault(DunningAction.SMS, 0),
                t.sent().getOrDefault(DunningAction.EMAIL, 0), t.sent().getOrDefault(DunningAction.LETTER, 0),
                t.sent().getOrDefault(DunningAction.COLLECTION, 0));
        out.println("actions taken at stages: " + t.actions());
        out.println("messages delivered: " + t.sent() + "; withdrawn before dispatch " + t.withdrawn()
                + "; failed with no channel left " + t.failed());
        out.println("audit log: " + t.audit());
        for (TrueEffect e : t.effects()) {
            out.println(TrueEffectText.format(e));
        }
        out.printf(Locale.ROOT, "letters written: %d PDF files in %s; collection hand-offs: %d rows in %s%n",
                count(settings.lettersDir(), ".pdf"), settings.lettersDir(), handoffRows(settings.agencyDir()),
                settings.agencyDir());
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).count();
        }
    }

    private static long handoffRows(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long rows = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                rows += Math.max(0, Files.readAllLines(f).size() - 1);
            }
        }
        return rows;
    }
}
