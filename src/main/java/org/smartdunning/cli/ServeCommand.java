package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.application.daily.ServeLoop;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.bootstrap.ProcessSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning serve --workflow FILE}: the daily process on a schedule, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Runs the daily process every day at serve.at and dispatches retries between runs.",
        description = {"Runs the daily process every day at serve.at (UTC) and dispatches retries every",
            "serve.dispatch_every_minutes, until stopped (Ctrl-C or SIGTERM finish the current step first).",
            "With --data, the folder is imported again before each day's run (the creditor's daily export)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "a data folder to import before each day's run")
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
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.set(true);
            main.interrupt();
        }));
        ProcessOptions.Loaded loaded;
        try {
            policy.exploration();
            policy.coldStart();
            loaded = process.load(data);
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "serve", e, store.verbose);
        }
        try (loaded) {
            return store.run("serve", err, data, StoreOptions.Access.EXCLUSIVE, database -> {
                ProcessSetup setup = loaded.setup();
                RunDunningDay daily = Engine.on(database, clock).dunningDay(setup.daily(), loaded.economics(),
                        policy.decisions(), ImportCommand.progressFor(err), new PrintedProgress(out));
                out.println("serving: the day runs at " + setup.settings().serveAt() + " UTC, dispatch every "
                        + setup.settings().dispatchEvery().toMinutes() + " min; stop with Ctrl-C");
                out.flush();
                new ServeLoop(clock, d -> Thread.sleep(d.toMillis()), setup.settings().serveAt(),
                        setup.settings().dispatchEvery()).serve(new ServeLoop.Work() {
                            @Override
                            public void runDay(LocalDate day) {
                                daily.runDay(day, data);
                            }

                            @Override
                            public void dispatch(LocalDate day) {
                                daily.dispatch(day);
                            }

                            @Override
                            public void failed(String step, RuntimeException e) {
                                err.println("serve: " + step + " failed, trying again later: " + e.getMessage());
                                err.flush();
                            }
                        }, null, stop::get);
                return 0;
            });
        }
    }
}
