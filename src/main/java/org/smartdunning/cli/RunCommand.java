package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.bootstrap.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning run --date D --workflow FILE}: the daily process for one day. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Runs one day of the daily process: stages due, decisions, dispatch and audit.",
        description = {"Runs every workflow stage due on the day for every open invoice: decisions by the",
            "learned policy at decision stages, holds and the law respected, messages dispatched through the",
            "outbox exactly once, everything in the audit log. Running the same day again sends nothing twice."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "DATE", description = "the process day (default: today, UTC)")
    private LocalDate date;

    @Option(names = "--data", paramLabel = "DIR", description = "a data folder to import first (the day's export)")
    private Path data;

    @Mixin
    private ProcessOptions process;

    @Mixin
    private StoreOptions store;

    @Mixin
    private PolicyOptions policy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        LocalDate day = date != null ? date : LocalDate.now(clock);
        ProcessOptions.Loaded loaded;
        try {
            policy.exploration();
            policy.coldStart();
            loaded = process.load(data);
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "run", e, store.verbose);
        }
        AnalystsBlock analysts = AnalystsBlock.on(out, err);
        try (loaded) {
            return store.run("run", err, data, StoreOptions.Access.EXCLUSIVE, database -> {
                analysts.lead(() -> DayCountsText.format(Engine.on(database, clock).dunningDay(loaded.setup().daily(),
                        loaded.economics(), policy.decisions(), ImportCommand.progressFor(err),
                        new PrintedProgress(analysts.writer())).runDay(day, data).counts()));
                out.flush();
                return 0;
            });
        }
    }

    /** The economics: the file given, else the data folder's, else the contract's defaults. */
    static BusinessSettings business(Path file, Path data) {
        if (file != null) {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
            return BusinessSettingsFile.read(file);
        }
        return data != null ? BusinessSettingsFile.read(data.resolve("business.properties")) : BusinessSettings.DEFAULTS;
    }
}
