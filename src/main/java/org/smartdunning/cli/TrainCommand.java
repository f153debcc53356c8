package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartdunning.application.train.ModelAssessment;
import org.smartdunning.bootstrap.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning train --data DIR}: learns the outcome models and reports how good they are before use. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Learns the outcome models from the folder's history and prints their off-policy value.",
        description = {"Learns, from the folder's history and experiments, what each action does to payment, churn",
            "and inquiries; then prints the off-policy value of the new policy, the current one and the standard",
            "process on the logged experiment (IPS, self-normalised IPS, doubly robust, 95%% CI), their paired",
            "differences with the smallest difference the experiment can tell apart, the calibration, the feature",
            "importances and, on a synthetic world, the estimated against the true effects. The new model goes live",
            "only if it is not worse than the live one by more than the margin with 95%% confidence (or --force)."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder")
    private Path data;

    @Mixin
    private StoreOptions store;

    @Mixin
    private PolicyOptions policy;

    @Option(names = "--force", description = "put the new model live even where it is not shown non-inferior to the"
            + " live one (the verdict records that it was forced)")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunStats stats = new RunStats();
        if (policy.checked("train", err) == null) {
            return 1;
        }
        AnalystsBlock analysts = AnalystsBlock.on(out, err);
        return store.run("train", err, data, StoreOptions.Access.EXCLUSIVE, database -> {
            analysts.lead(() -> plain(Engine.on(database, Clock.systemUTC()).trainAndAssess(ImportCommand.progressFor(err),
                    new PrintedProgress(analysts.writer())).run(data, policy.decisions(), force)));
            out.println("train done in " + stats.summary());
            out.flush();
            return 0;
        });
    }

    /** What the new model would change against today's process on the logged experiment, or why nothing can be said. */
    private static String plain(ModelAssessment assessment) {
        return assessment.onLog().map(s -> PlainSummaryText.format(s, String.format(Locale.ROOT,
                        "On the %,d invoices of the history's experiment with known outcomes, the new model would have"
                                + " decided", s.decided()), "new model"))
                .orElse("The history holds no experiment with known outcomes yet, so there is nothing to compare the"
                        + " new model with today's process on.\n");
    }
}
