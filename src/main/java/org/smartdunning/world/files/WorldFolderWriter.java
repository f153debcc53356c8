package org.smartdunning.world.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;
import org.smartdunning.world.TruthRow;
import org.smartdunning.world.WorldSink;

/** Writes a generated world as a contract data folder (plus truth.csv), streaming every row to its file. */
public final class WorldFolderWriter implements WorldSink, AutoCloseable {
    private final Map<String, CsvWriter> writers = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public WorldFolderWriter(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("history"));
        open(dir, "history/customers.csv", "customer_id", "created_on", "ended_on", "type", "country", "language",
                "postal_code", "birth_year", "payment_method", "email", "phone", "plan", "monthly_fee");
        open(dir, "history/invoices.csv", "invoice_id", "customer_id", "issued_on", "due_on", "amount", "currency");
        open(dir, "history/payments.csv", "payment_id", "invoice_id", "paid_on", "amount");
        open(dir, "history/dunning_events.csv", "invoice_id", "occurred_on", "action", "channel", "fee",
                "experiment", "arm", "propensity");
        open(dir, "history/inquiries.csv", "customer_id", "occurred_on", "topic", "invoice_id");
        open(dir, "batch.csv", "invoice_id", "decide_on");
        open(dir, "truth.csv", TruthColumns.header().toArray(String[]::new));
    }

    private void open(Path dir, String file, String... header) throws IOException {
        CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(dir.resolve(file), StandardCharsets.UTF_8);
        writer.writeRecord(header);
        writers.put(file, writer);
        counts.put(file, 0L);
    }

    private void write(String file, String... fields) {
        writers.get(file).writeRecord(fields);
        counts.merge(file, 1L, Long::sum);
    }

    @Override
    public void customer(Customer c) {
        write("history/customers.csv", c.id().value(), c.createdOn().toString(), text(c.endedOn()), c.type().code(),
                c.country(), text(c.language()), text(c.postalCode()), text(c.birthYear()), text(c.paymentMethod()),
                text(c.email()), text(c.phone()), text(c.plan()), text(c.monthlyFee()));
    }

    @Override
    public void invoice(Invoice i) {
        write("history/invoices.csv", i.id().value(), i.customerId().value(), i.issuedOn().toString(),
                i.dueOn().toString(), i.amount().toString(), i.currency());
    }

    @Override
    public void payment(Payment p) {
        write("history/payments.csv", p.id(), p.invoiceId().value(), p.paidOn().toString(), p.amount().toString());
    }

    @Override
    public void event(DunningEvent e) {
        Double propensity = e.propensity();
        write("history/dunning_events.csv", e.invoiceId().value(), e.occurredOn().toString(), e.action().action(),
                e.action().channel(), e.fee().toString(), text(e.experiment()), text(e.arm()),
                propensity == null ? "" : propensity == 1.0 ? "1" : propensity.toString());
    }

    @Override
    public void inquiry(Inquiry q) {
        write("history/inquiries.csv", q.customerId().value(), q.occurredOn().toString(), q.topic(), text(q.invoiceId()));
    }

    @Override
    public void batch(BatchItem item) {
        write("batch.csv", item.invoiceId().value(), item.decideOn().toString());
    }

    @Override
    public void truth(TruthRow truth) {
        write("truth.csv", TruthColumns.fields(truth).toArray(String[]::new));
    }

    /** Rows written per file, header excluded. */
    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CsvWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
