package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.smartdunning.application.kpi.KpiReport;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.kpi.KpiGrouping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning kpis}: the KPIs of a period from what the store says happened, as text, CSV or JSON. */
@Command(name = "kpis", mixinStandardHelpOptions = true,
        header = "Prints the KPIs of a period from what happened: payments, reminders, collection, inquiries, churn, CLV.",
        description = {"Share paid on time and within the horizon, days sales outstanding, reminders per channel,",
            "collection cases, invoice inquiries per 1,000 invoices, churned customers, average CLV, cash",
            "recovered, cost of dunning and fee income, computed from the creditor's store, by month or group."})
public final class KpisCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE",
            description = "first day (default: the first of the month eleven months before --to's)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day (default: the latest day the store holds facts of)")
    private LocalDate to;

    @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "month",
            description = "month, segment, stage, policy or arm, or month and one of them, e.g. month,arm (default: ${DEFAULT-VALUE})")
    private String by;

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
        KpiGrouping grouping;
        String shape;
        try {
            grouping = KpiGrouping.parse(by);
            shape = table.shape();
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "kpis", e, store.verbose);
        }
        return store.run("kpis", err, folder.data, StoreOptions.Access.SHARED, database -> {
            KpiReport report = Engine.on(database, Clock.systemUTC()).measureKpis(folder.business())
                    .measure(from, to, grouping);
            switch (shape) {
                case "csv" -> KpiCsv.write(out, report);
                case "json" -> KpiJson.write(out, report);
                default -> KpiText.write(out, report);
            }
            out.flush();
            return 0;
        });
    }
}
