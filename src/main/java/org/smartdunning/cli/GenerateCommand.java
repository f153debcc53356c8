package org.smartdunning.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartdunning.ingest.parquet.ParquetFolderWriter;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code dunning generate}: writes a synthetic creditor folder with its hidden truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates a synthetic creditor data folder (history, batch, business.properties) plus truth.csv.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, description = "folder to write")
    Path out;

    @Option(names = "--customers", required = true, description = "number of customers")
    int customers;

    @Option(names = "--seed", required = true, description = "random seed; the same seed gives identical files")
    long seed;

    @Option(names = "--world", defaultValue = WorldPresets.DEFAULT,
            description = "world preset: nordic-telecom, email-first, costly-collection, mixed-credit (default: ${DEFAULT-VALUE})")
    String world;

    @Option(names = "--experiment-share", paramLabel = "SHARE",
            description = "share of customers in the randomised experiment of the last 12 months (default: the world's own)")
    Double experimentShare;

    @Option(names = "--as-of", defaultValue = "2026-06-01", description = "run date (default: ${DEFAULT-VALUE})")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|parquet",
            description = "the contract files' format: csv, or parquet (same names ending in .parquet, typed columns;"
                    + " truth.csv stays CSV) (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        if (customers <= 0) {
            spec.commandLine().getErr().println("error: --customers must be positive, was " + customers);
            return 1;
        }
        if (experimentShare != null && !(experimentShare >= 0 && experimentShare <= 1)) {
            spec.commandLine().getErr().println("error: --experiment-share must be within [0, 1], was " + experimentShare);
            return 1;
        }
        if (!format.equals("csv") && !format.equals("parquet")) {
            spec.commandLine().getErr().println("error: --format must be csv or parquet, was " + format);
            return 1;
        }
        WorldParameters parameters;
        try {
            parameters = WorldPresets.named(world);
            if (experimentShare != null) {
                parameters = parameters.withExperimentShare(experimentShare);
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        Map<String, Long> counts = WorldFolder.generate(out, parameters, asOf, seed, customers);
        if (format.equals("parquet")) {
            ParquetFolderWriter.convert(out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder line = new StringBuilder("generated world '" + world + "' in " + out + ":");
        for (String file : new String[] {"history/customers.csv", "history/invoices.csv", "history/payments.csv",
                "history/dunning_events.csv", "history/inquiries.csv", "truth.csv"}) {
            line.append(' ').append(file.replace("history/", "").replace(".csv", "")).append('=').append(counts.get(file));
        }
        line.append(" batch=").append(counts.get("batch.csv")).append(String.format(java.util.Locale.ROOT, " in %.1f s", seconds));
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
