package org.smartdunning.application.simulate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.smartdunning.application.daily.DayResult;
import org.smartdunning.application.port.DayRunLog;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.InvoiceFacts;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.ImportStore;
import org.smartdunning.ingest.RowCounts;

/**
 * Keeps a simulation in the creditor's store as if it had happened there: each simulated day in the
 * run log (trigger {@code simulation}) and, at the end, the world's facts (customers, invoices,
 * payments, inquiries) as one import, so KPIs, timelines, training and the runs list see them. The
 * dunning events are not written again: the day runs committed them already.
 */
public final class KeepSimulation implements SimulationRecorder {
    private final ImportStore store;
    private final DayRunLog runs;
    private final int workflowVersion;

    /** @param workflowVersion the uploaded workflow the simulated days ran */
    public KeepSimulation(ImportStore store, DayRunLog runs, int workflowVersion) {
        this.store = store;
        this.runs = runs;
        this.workflowVersion = workflowVersion;
    }

    /** Keeps the world's facts only: for a store without a service's run log ({@code simulate} on the command line). */
    public static KeepSimulation factsOnly(ImportStore store) {
        return new KeepSimulation(store, null, 0);
    }

    @Override
    public void dayRun(LocalDate day, DayResult result) {
        if (runs == null) {
            return;
        }
        // logged at the simulated morning the day ran, as the service's own runs are at theirs
        var at = day.atTime(SteppedClock.MORNING).toInstant(ZoneOffset.UTC);
        DayRunLog.DayRun run = runs.start(day, workflowVersion, "simulation", at);
        runs.finish(run.runId(), result.plan().stageRuns().size(), result.plan().messages().size(),
                result.dispatch().sentTotal(), result.dispatch().failed(), at);
    }

    /** Writes the facts of {@code lived} into a store without them, in one transaction, as known on {@code lastDay}. */
    @Override
    public void lived(CreditorHistory lived, LocalDate lastDay) {
        long started = System.nanoTime();
        long payments = 0;
        long inquiries = 0;
        try (HistorySink sink = store.begin()) {
            for (Customer c : lived.customers()) {
                sink.customer(c);
                for (Inquiry q : lived.inquiriesOf(c.id())) {
                    sink.inquiry(q);
                    inquiries++;
                }
            }
            for (InvoiceFacts facts : lived.invoiceFacts()) {
                sink.invoice(facts.invoice());
                for (Payment p : facts.payments()) {
                    sink.payment(p);
                    payments++;
                }
            }
            sink.flush();
            RowCounts rows = new RowCounts(lived.customerCount(), lived.invoiceCount(), payments, 0, inquiries, 0);
            sink.commit(new ImportReceipt(sink.importId(), "simulation", "simulation-" + lastDay, lastDay, false,
                    rows, rows, Duration.ofNanos(System.nanoTime() - started)));
        }
    }
}
