package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.bootstrap.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning decide --data DIR --out FILE [--db URL]}: decides every invoice of a folder's batch. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decides every invoice of the folder's batch.csv and writes the decisions file.",
            "Imports the folder first when the store does not hold it yet; reads business.properties",
            "(documented defaults when absent). Decisions are also kept in the store with their policy."})
public final class DecideCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the decisions file to write")
    private Path out;

    @Mixin
    private StoreOptions store;

    @Mixin
    private PolicyOptions policy;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunStats stats = new RunStats();
        if (policy.checked("decide", err) == null) {
            return 1;
        }
        AnalystsBlock analysts = AnalystsBlock.on(stdout, err);
        return store.run("decide", err, data, StoreOptions.Access.EXCLUSIVE, database -> {
            analysts.lead(() -> plain(Engine.on(database, Clock.systemUTC()).decideFolder(policy.decisions(),
                    ImportCommand.progressFor(err), new PrintedProgress(analysts.writer())).run(data, out).summary()));
            stdout.println("decide done in " + stats.summary());
            stdout.flush();
            return 0;
        });
    }

    /** The lines {@code decide} leads with. */
    private static String plain(PlainSummary summary) {
        return PlainSummaryText.format(summary, String.format(Locale.ROOT, "Decided %,d invoices", summary.decided()),
                "these decisions");
    }
}
