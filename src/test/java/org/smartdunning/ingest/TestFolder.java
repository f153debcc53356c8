package org.smartdunning.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small contract folder held as text, edited by the tests, then written to disk. */
public final class TestFolder {
    public static final String CUSTOMERS = "history/customers.csv";
    public static final String INVOICES = "history/invoices.csv";
    public static final String PAYMENTS = "history/payments.csv";
    public static final String EVENTS = "history/dunning_events.csv";
    public static final String INQUIRIES = "history/inquiries.csv";
    public static final String BATCH = "batch.csv";
    public static final String AS_OF = "as_of";

    private final Map<String, List<String>> files = new LinkedHashMap<>();

    /**
     * The next month's export of {@link #valid()}: everything it had, plus one new customer with an
     * invoice, a payment, an inquiry, a repeat of a stored event and a new one; the batch is I4.
     */
    public static TestFolder nextExport() {
        return valid()
                .put(AS_OF, "2024-04-01")
                .append(CUSTOMERS, "C3,2024-03-10,,private,SE,sv,,,card,,,basic,49.00")
                .append(INVOICES, "I4,C3,2024-03-10,2024-03-24,49.00,SEK")
                .append(PAYMENTS, "P4,I2,2024-03-05,99")
                // the same event twice: the store holds it once, so one is new
                .append(EVENTS, "I3,2023-06-05,reminder,letter,60.00,,,1", "I4,2024-03-30,reminder,email,0,,,1")
                .append(INQUIRIES, "C3,2024-03-28,invoice,I4")
                .put(BATCH, "invoice_id,decide_on", "I4,2024-04-01");
    }

    /**
     * Two customers (one active private with every field, one ended business with every optional
     * field empty), three invoices, three payments, three dunning events, two inquiries, one batch item.
     */
    public static TestFolder valid() {
        TestFolder folder = new TestFolder();
        folder.put(AS_OF, "2024-03-01");
        folder.put(CUSTOMERS,
                "customer_id,created_on,ended_on,type,country,language,postal_code,birth_year,payment_method,email,"
                        + "phone,plan,monthly_fee",
                "C1,2020-01-15,,private,SE,sv,111 22,1980,direct_debit,anna@example.com,+46701234567,\"Basic, monthly\",99.00",
                "C2,2019-05-01,2023-06-30,business,NO,,,,,,,,");
        folder.put(INVOICES,
                "invoice_id,customer_id,issued_on,due_on,amount,currency",
                "I1,C1,2024-01-01,2024-01-15,99.00,SEK",
                "I2,C1,2024-02-01,2024-02-15,99,SEK",
                "I3,C2,2023-05-01,2023-05-31,1250.5,NOK");
        folder.put(PAYMENTS,
                "payment_id,invoice_id,paid_on,amount",
                "P1,I1,2024-01-14,99.00",
                "P2,I3,2023-06-10,1000",
                "P3,I3,2023-06-20,250.50");
        folder.put(EVENTS,
                "invoice_id,occurred_on,action,channel,fee,experiment,arm,propensity",
                "I2,2024-02-20,reminder,sms,0,exp1,sms,0.2",
                "I3,2023-06-05,reminder,letter,60.00,,,1",
                "I3,2023-06-15,collection,,0,,,");
        folder.put(INQUIRIES,
                "customer_id,occurred_on,topic,invoice_id",
                "C1,2024-02-22,invoice,I2",
                "C2,2023-04-01,other,");
        folder.put(BATCH,
                "invoice_id,decide_on",
                "I2,2024-03-01");
        return folder;
    }

    public TestFolder put(String file, String... lines) {
        files.put(file, new ArrayList<>(Arrays.asList(lines)));
        return this;
    }

    public TestFolder remove(String file) {
        files.remove(file);
        return this;
    }

    /** Replaces 1-based line {@code line} of the file. */
    public TestFolder line(String file, int line, String text) {
        files.get(file).set(line - 1, text);
        return this;
    }

    public TestFolder append(String file, String... lines) {
        files.get(file).addAll(Arrays.asList(lines));
        return this;
    }

    public String line(String file, int line) {
        return files.get(file).get(line - 1);
    }

    public TestFolder copy() {
        TestFolder copy = new TestFolder();
        files.forEach((name, lines) -> copy.files.put(name, new ArrayList<>(lines)));
        return copy;
    }

    /** The file's text as {@link #writeTo} writes it. */
    public String text(String file) {
        return String.join("\n", files.get(file)) + "\n";
    }

    public Path writeTo(Path folder) {
        try {
            for (Map.Entry<String, List<String>> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, text(file.getKey()), StandardCharsets.UTF_8);
            }
            Files.createDirectories(folder.resolve("history"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
