package org.smartdunning.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Test/benchmark helper: a flat, seeded, contract-valid folder of N customers with plausible rows
 * (about 14 invoices and payments per customer, one dunning event, half an inquiry). Not a world
 * simulator: no behaviour, just volume and shape.
 */
public final class SyntheticFolder {
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final String[] ACTIONS = {"none,", "reminder,sms", "reminder,email", "reminder,letter",
        "collection,agency"};
    private static final String[] METHODS = {"direct_debit", "e_invoice", "card", "paper", "bank_transfer", ""};

    private SyntheticFolder() {
    }

    /** Writes the folder and returns the number of CSV data rows written. */
    public static long write(Path folder, int customers, long seed) {
        try {
            return writeFolder(folder, customers, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long writeFolder(Path folder, int customerCount, long seed) throws IOException {
        Files.createDirectories(folder.resolve("history"));
        Files.writeString(folder.resolve("as_of"), "2024-03-01\n");
        SplittableRandom random = new SplittableRandom(seed);
        long rows = 0;
        try (BufferedWriter customers = writer(folder, "history/customers.csv");
             BufferedWriter invoices = writer(folder, "history/invoices.csv");
             BufferedWriter payments = writer(folder, "history/payments.csv");
             BufferedWriter events = writer(folder, "history/dunning_events.csv");
             BufferedWriter inquiries = writer(folder, "history/inquiries.csv");
             BufferedWriter batch = writer(folder, "batch.csv")) {
            customers.write("customer_id,created_on,ended_on,type,country,language,postal_code,birth_year,"
                    + "payment_method,email,phone,plan,monthly_fee\n");
            invoices.write("invoice_id,customer_id,issued_on,due_on,amount,currency\n");
            payments.write("payment_id,invoice_id,paid_on,amount\n");
            events.write("invoice_id,occurred_on,action,channel,fee,experiment,arm,propensity\n");
            inquiries.write("customer_id,occurred_on,topic,invoice_id\n");
            batch.write("invoice_id,decide_on\n");
            long invoiceNo = 0;
            long paymentNo = 0;
            for (int c = 1; c <= customerCount; c++) {
                String customerId = "C" + c;
                boolean business = random.nextInt(10) == 0;
                LocalDate created = START.minusDays(random.nextInt(2000));
                String ended = random.nextInt(8) == 0 ? START.plusDays(random.nextInt(400)).toString() : "";
                int fee = 99 + random.nextInt(400);
                customers.write(customerId + ',' + created + ',' + ended + ',' + (business ? "business" : "private")
                        + ",SE,sv," + (10000 + random.nextInt(89999)) + ','
                        + (business ? "" : String.valueOf(1940 + random.nextInt(65))) + ','
                        + METHODS[random.nextInt(METHODS.length)] + ",c" + c + "@example.com,+4670"
                        + (1000000 + c) + ",plan" + random.nextInt(4) + ',' + fee + ".00\n");
                rows++;
                for (int m = 0; m < 14; m++) {
                    String invoiceId = "INV" + (++invoiceNo);
                    LocalDate issued = START.plusDays(30L * m);
                    LocalDate due = issued.plusDays(14);
                    String amount = fee + "." + (10 + random.nextInt(90));
                    invoices.write(invoiceId + ',' + customerId + ',' + issued + ',' + due + ',' + amount + ",SEK\n");
                    rows++;
                    boolean late = random.nextInt(14) == 0;
                    if (m == 13 && random.nextInt(50) == 0) {
                        batch.write(invoiceId + ',' + due.plusDays(10) + '\n');
                        rows++;
                        continue;
                    }
                    payments.write("P" + (++paymentNo) + ',' + invoiceId + ','
                            + due.plusDays(late ? 20 + random.nextInt(40) : random.nextInt(5) - 3) + ',' + amount + '\n');
                    rows++;
                    if (late) {
                        boolean experiment = random.nextBoolean();
                        String action = ACTIONS[random.nextInt(ACTIONS.length)];
                        events.write(invoiceId + ',' + due.plusDays(7) + ',' + action + ','
                                + (action.startsWith("reminder,letter") ? "60.00" : "0") + ','
                                + (experiment ? "exp1," + action.substring(action.indexOf(',') + 1) + ",0.2"
                                        : ",,1") + '\n');
                        rows++;
                    }
                }
                if (random.nextBoolean()) {
                    inquiries.write(customerId + ',' + START.plusDays(random.nextInt(400)) + ','
                            + (random.nextBoolean() ? "invoice,INV" + (invoiceNo - random.nextInt(14)) : "plan,")
                            + '\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static BufferedWriter writer(Path folder, String name) throws IOException {
        return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
    }
}
