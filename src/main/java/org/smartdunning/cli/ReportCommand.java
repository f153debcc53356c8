package org.smartdunning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartdunning.application.report.WriteMonthlyReport;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.kpi.KpiValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning report}: the credit manager's monthly report as PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Writes the monthly report for the credit manager as PDF: KPIs, their trend, what changed, experiments.",
        description = {"The first page answers in plain words what a credit manager asks: share paid on time,",
            "collection cases, inquiries, customers who left and cash recovered, each against the month before and",
            "the same month a year ago; then charts of thirteen months, every KPI of the month, and the experiments."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "the month to report on")
    private YearMonth month;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the PDF file to write")
    private Path out;

    @Mixin
    private MeasuredFolderOption folder;

    @Mixin
    private StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter printed = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return store.run("report", err, folder.data, StoreOptions.Access.SHARED, database -> {
            WriteMonthlyReport.Written written = Engine.on(database, Clock.systemUTC())
                    .writeMonthlyReport(folder.business()).write(month);
            try {
                Files.write(out, written.document());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
            KpiValues v = written.report().current().values();
            printed.printf(Locale.ROOT, "wrote the report for %s to %s (%,d bytes): %d invoices due, %s paid on time,"
                    + " %,d collection cases%n", month, out, written.document().length, v.invoicesDue(),
                    v.paidOnTimeShare() == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", v.paidOnTimeShare() * 100),
                    v.collectionCases());
            printed.flush();
            return 0;
        });
    }
}
