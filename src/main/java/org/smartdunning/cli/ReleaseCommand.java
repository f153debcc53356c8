package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.smartdunning.bootstrap.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning release --hold ID}: lifts a hold; dunning resumes with the next stage due. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Lifts a hold; from that day the process resumes with the stage due (within the catch-up window).")
public final class ReleaseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--hold", required = true, paramLabel = "ID", description = "the hold's id, as `hold` lists it")
    private long holdId;

    @Option(names = "--on", paramLabel = "DATE", description = "day dunning may resume (default: today)")
    private LocalDate on;

    @Mixin
    private StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return store.run("release", spec.commandLine().getErr(), null, StoreOptions.Access.SHARED, database -> {
            LocalDate day = on != null ? on : LocalDate.now(Clock.systemUTC());
            if (!Engine.on(database, Clock.systemUTC()).releaseHold().release(holdId, day)) {
                throw new IllegalArgumentException("no hold " + holdId + " in force (see `dunning hold` for the list)");
            }
            out.println("released hold " + holdId + " from " + day);
            out.flush();
            return 0;
        });
    }
}
