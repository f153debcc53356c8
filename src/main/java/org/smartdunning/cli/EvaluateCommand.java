package org.smartdunning.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.EvaluationReport;
import org.smartdunning.evaluation.ReportText;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.DecisionsFileReader;
import org.smartdunning.evaluation.files.ReportJson;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code dunning evaluate}: values a decisions file against the truth of a generated world. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compares decisions with the standard process, fixed actions and the oracle on a generated world's truth.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, description = "generated data folder (with truth.csv)")
    Path data;

    @Option(names = "--decisions", required = true, description = "decisions file: invoice_id,action,channel")
    Path decisionsFile;

    @Option(names = "--json", description = "also write the figures as JSON to this file")
    Path json;

    @Override
    public Integer call() throws Exception {
        try {
            BusinessSettings settings = BusinessSettingsFile.read(data.resolve("business.properties"));
            List<TruthCase> truth = TruthFile.read(data.resolve("truth.csv"));
            Map<InvoiceId, DunningAction> decisions = DecisionsFileReader.read(decisionsFile, truth);
            EvaluationReport report = new Evaluation(settings).evaluate(truth, decisions);
            spec.commandLine().getOut().print(ReportText.format(report));
            if (json != null) {
                ReportJson.write(json, report);
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
