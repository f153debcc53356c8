package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.smartdunning.application.experiments.AnalyseExperiments;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.experiments.analysis.SampleSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning experiments}: every randomised experiment analysed from observed outcomes, as text, CSV or JSON. */
@Command(name = "experiments", mixinStandardHelpOptions = true,
        header = "Analyses the creditor's randomised experiments from what happened: each arm against the control.",
        description = {"Per arm: invoices, paid within the horizon, paid on time, churn, invoice inquiries, cost, fee",
            "income and value per invoice, each with a 95%% interval (weighted by inverse propensity); the",
            "differences from the control; an always-valid sequential test that may be read any day; and the",
            "invoices an experiment needs per arm to detect a given difference."})
public final class ExperimentsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the analysis day: facts dated before it count (default: the day after the latest fact)")
    private LocalDate asOf;

    @Option(names = "--control", paramLabel = "ARM",
            description = "the arm to compare with, in experiments that have it (default: an arm named holdout or"
                    + " control, else the arm that sends to collection, the standard process, else the first)")
    private String control;

    @Option(names = "--detect-value", paramLabel = "AMOUNT", defaultValue = "10",
            description = "difference in value per invoice the sample size is for (default: ${DEFAULT-VALUE})")
    private double detectValue = AnalyseExperiments.DEFAULT_VALUE_DIFFERENCE;

    @Option(names = "--detect-paid", paramLabel = "SHARE", defaultValue = "0.02",
            description = "difference in paid share the sample size is for, 0.02 = two points (default: ${DEFAULT-VALUE})")
    private double detectPaid = AnalyseExperiments.DEFAULT_PAID_DIFFERENCE;

    @Mixin
    private TableFormatOption table;

    @Mixin
    private MeasuredFolderOption folder;

    @Mixin
    private StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shape;
        try {
            shape = table.shape();
            SampleSize.requireDetectable(detectValue, detectPaid);
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "experiments", e, store.verbose);
        }
        return store.run("experiments", err, folder.data, StoreOptions.Access.SHARED, database -> {
            ExperimentsReport report = Engine.on(database, Clock.systemUTC())
                    .analyseExperiments(folder.business()).analyse(asOf, control, detectValue, detectPaid);
            switch (shape) {
                case "csv" -> ExperimentsCsv.write(out, report);
                case "json" -> ExperimentsJson.write(out, report);
                default -> ExperimentsText.write(out, report);
            }
            out.flush();
            return 0;
        });
    }
}
