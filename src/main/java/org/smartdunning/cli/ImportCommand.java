package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.ingest.ImportProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning import --data DIR [--db URL]}: imports a contract data folder into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a creditor's data folder (see the data contract) into the store.",
            "All or nothing: on any problem nothing is written and the problems are listed (exit code 2).",
            "An identical folder is recognised and not imported twice; an overlapping one adds only new rows."})
public final class ImportCommand implements Callable<Integer> {
    /** Exit code of a folder that breaks the data contract. */
    public static final int REJECTED = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder")
    private Path data;

    @Mixin
    private StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportProgress progress = progressFor(err);
        return store.run("import", err, data, StoreOptions.Access.EXCLUSIVE, database -> {
            Engine.on(database, Clock.systemUTC()).loadFolder(progress, new PrintedProgress(out)).importFolder(data);
            return 0;
        });
    }

    /** Progress lines on a terminal only: logs and pipes get the final summary alone. */
    static ImportProgress progressFor(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err) : ImportProgress.NONE;
    }

    /** One self-overwriting line per file on a terminal: rows so far and rows per second. */
    static final class TerminalProgress implements ImportProgress {
        private final PrintWriter err;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void rowsRead(String file, long rows, long nanos) {
            err.printf("\r%-28s %,12d rows %,10.0f rows/s", file, rows, rows / Math.max(nanos / 1e9, 1e-9));
            err.flush();
        }

        @Override
        public void fileFinished(String file, long rows, long nanos) {
            err.printf("\r%-28s %,12d rows %,10.0f rows/s%n", file, rows, rows / Math.max(nanos / 1e9, 1e-9));
            err.flush();
        }
    }
}
