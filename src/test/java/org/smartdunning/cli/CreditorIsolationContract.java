package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.testing.LocalSmsProvider;

/**
 * Two creditors in one store, by every command that touches it, with overlapping and with
 * distinct ids: each creditor's decisions, models, messages and counts equal what it gets alone in
 * an empty store. One subclass per dialect.
 */
abstract class CreditorIsolationContract {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Set<String> ID_COLUMNS = Set.of("customer_id", "invoice_id", "payment_id");

    @TempDir
    Path temp;

    /** A new, empty store's URL. */
    abstract String freshStore() throws Exception;

    Path world(String name, long seed) {
        Path data = temp.resolve(name);
        CliRun generate = dunning("generate", "--out", data.toString(), "--customers", "1200", "--seed", Long.toString(seed));
        assertThat(generate.exit()).as(generate.err()).isZero();
        return data;
    }

    /** The folder again with every id prefixed, so no id is shared with the original's. */
    Path prefixed(Path folder, String prefix) throws Exception {
        Path copy = temp.resolve(folder.getFileName() + "-" + prefix);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(folder.relativize(file).toString());
                Files.createDirectories(target.getParent());
                if (!file.toString().endsWith(".csv")) {
                    Files.copy(file, target);
                    continue;
                }
                try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file);
                     CsvWriter writer = CsvWriter.builder().build(target)) {
                    List<String> header = null;
                    for (CsvRecord row : reader) {
                        if (header == null) {
                            header = row.getFields();
                            writer.writeRecord(header);
                            continue;
                        }
                        List<String> fields = new ArrayList<>(row.getFields());
                        for (int i = 0; i < fields.size(); i++) {
                            if (ID_COLUMNS.contains(header.get(i)) && !fields.get(i).isEmpty()) {
                                fields.set(i, prefix + fields.get(i));
                            }
                        }
                        writer.writeRecord(fields);
                    }
                }
            }
        }
        return copy;
    }

    String decide(Path data, String creditor, String store) throws Exception {
        Path out = temp.resolve("decisions-" + creditor + "-" + Math.abs(store.hashCode()) + ".csv");
        CliRun decide = dunning("decide", "--data", data.toString(), "--out", out.toString(), "--db", store,
                "--creditor", creditor);
        assertThat(decide.exit()).as(decide.out() + decide.err()).isZero();
        return Files.readString(out);
    }

    long count(String store, String creditor, String sql) throws Exception {
        try (Database db = Database.open(store, new CreditorId(creditor));
             Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void creditorsWithOverlappingIdsDecideAsIfEachWereAlone() throws Exception {
        decidesAsIfAlone(world("acme", 21), world("bolt", 22));
    }

    @Test
    void creditorsWithDistinctIdsDecideAsIfEachWereAlone() throws Exception {
        decidesAsIfAlone(world("acme", 21), prefixed(world("bolt", 22), "b-"));
    }

    private void decidesAsIfAlone(Path acme, Path bolt) throws Exception {
        String aloneAcme = decide(acme, "acme", freshStore());
        String aloneBolt = decide(bolt, "bolt", freshStore());
        String shared = freshStore();

        CliRun importAcme = dunning("import", "--data", acme.toString(), "--db", shared, "--creditor", "acme");
        CliRun importBolt = dunning("import", "--data", bolt.toString(), "--db", shared, "--creditor", "bolt");
        assertThat(importAcme.exit()).as(importAcme.err()).isZero();
        assertThat(importBolt.exit()).as(importBolt.err()).isZero();
        assertThat(importBolt.out()).as("nothing of acme's counts as stored for bolt").contains("added 1,200 customers");

        CliRun train = dunning("train", "--data", bolt.toString(), "--db", shared, "--creditor", "bolt");
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.out()).contains("loaded history: 1,200 customers");

        assertThat(decide(acme, "acme", shared)).isEqualTo(aloneAcme);
        assertThat(decide(bolt, "bolt", shared)).isEqualTo(aloneBolt);
        assertThat(count(shared, "acme", "SELECT count(*) FROM models")).isEqualTo(1);
        assertThat(count(shared, "bolt", "SELECT count(*) FROM models")).isEqualTo(1);
        assertThat(count(shared, "acme", "SELECT count(*) FROM customers")).isEqualTo(1200);
        assertThat(count(shared, "bolt", "SELECT count(*) FROM customers")).isEqualTo(1200);
    }

    @Test
    void aFolderThatNamesItsCreditorGoesNowhereElse() throws Exception {
        Path acme = world("acme", 21);
        Files.writeString(acme.resolve("creditor"), "acme\n");
        String store = freshStore();

        CliRun wrong = dunning("import", "--data", acme.toString(), "--db", store, "--creditor", "bolt");
        assertThat(wrong.exit()).isEqualTo(ImportCommand.REJECTED);
        assertThat(wrong.err()).contains("creditor:1:1 (creditor): the folder belongs to creditor 'acme', not to 'bolt'");

        CliRun right = dunning("import", "--data", acme.toString(), "--db", store);
        assertThat(right.exit()).as(right.err()).isZero();
        assertThat(count(store, "acme", "SELECT count(*) FROM invoices")).isPositive();
        assertThat(count(store, "bolt", "SELECT count(*) FROM invoices")).isZero();
        assertThat(count(store, CreditorId.DEFAULT.value(), "SELECT count(*) FROM invoices")).isZero();
    }

    @Test
    void aFolderConflictingWithItsOwnCreditorsFactsIsRefusedNamingTheCreditor() throws Exception {
        String store = freshStore();
        assertThat(dunning("import", "--data", world("acme", 21).toString(), "--db", store, "--creditor", "acme").exit())
                .isZero();

        CliRun clash = dunning("import", "--data", world("bolt", 22).toString(), "--db", store, "--creditor", "acme");

        assertThat(clash.exit()).isEqualTo(ImportCommand.REJECTED);
        assertThat(clash.err()).contains("already stored with different content")
                .contains("nothing imported for creditor 'acme'");
    }

    @Test
    void holdsRunsAndMessagesStayWithTheirCreditor() throws Exception {
        // the same billing data for both: every id is shared, only the creditor tells them apart
        Path acme = world("acme", 31);
        Path bolt = world("bolt", 31);
        String shared = freshStore();
        String alone = freshStore();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (LocalSmsProvider sms = new LocalSmsProvider()) {
            Path settings = temp.resolve("dunning.properties");
            Files.writeString(settings, String.join("\n", "smtp.host=127.0.0.1", "smtp.port=" + smtp.getSmtp().getPort(),
                    "sms.endpoint=" + sms.endpoint(), "sms.token=" + LocalSmsProvider.TOKEN,
                    "letters.dir=" + temp.resolve("letters"), "agency.dir=" + temp.resolve("agency"), ""));
            String invoice = firstBatchInvoice(acme);

            assertThat(run(alone, bolt, "bolt", settings).exit()).isZero();
            TreeMap<String, String> outboxAlone = outbox(alone, "bolt");

            CliRun hold = dunning("hold", "--invoice", invoice, "--reason", "dispute", "--from", DAY.minusDays(1).toString(),
                    "--db", shared, "--creditor", "acme");
            assertThat(hold.exit()).as(hold.err()).isZero();
            assertThat(dunning("hold", "--db", shared, "--creditor", "bolt").out()).isEmpty();
            assertThat(dunning("hold", "--db", shared, "--creditor", "acme").out()).contains("on invoice " + invoice);

            CliRun runAcme = run(shared, acme, "acme", settings);
            assertThat(runAcme.exit()).as(runAcme.err()).isZero();
            int mailsAfterAcme = smtp.getReceivedMessages().length;
            CliRun runBolt = run(shared, bolt, "bolt", settings);
            assertThat(runBolt.exit()).as(runBolt.err()).isZero();

            TreeMap<String, String> outboxShared = outbox(shared, "bolt");
            assertThat(outboxShared).as("bolt's messages, not held by acme's hold").isEqualTo(outboxAlone)
                    .containsKey(invoice + ".reminder");
            TreeMap<String, String> heldBack = new TreeMap<>(outboxAlone);
            heldBack.remove(invoice + ".reminder");
            assertThat(outbox(shared, "acme")).as("acme's: the same but for its held invoice").isEqualTo(heldBack);
            assertThat(smtp.getReceivedMessages().length - mailsAfterAcme).as("bolt's run sent bolt's e-mails only")
                    .isEqualTo(outboxShared.values().stream().filter(v -> v.equals("email/sent")).count());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aSimulationWritesItsOwnCreditorOnlyAndCountsAsIfAlone() throws Exception {
        Path acme = world("acme", 31);
        String shared = freshStore();
        Path settings = temp.resolve("offline.properties");
        // no servers: messages fail and are reported; what matters here is whose rows they land in
        Files.writeString(settings, String.join("\n", "smtp.host=127.0.0.1", "smtp.port=1",
                "letters.dir=" + temp.resolve("letters"), "agency.dir=" + temp.resolve("agency"), "retry.max_attempts=1", ""));
        assertThat(run(shared, acme, "acme", settings).exit()).isZero();
        TreeMap<String, String> acmeBefore = outbox(shared, "acme");
        long acmeAudit = count(shared, "acme", "SELECT count(*) FROM audit_log");

        String together = simulate(shared, settings);
        String alone = simulate(freshStore(), settings);

        assertThat(together).isEqualTo(alone).contains("simulated 2 days");
        assertThat(outbox(shared, "acme")).isEqualTo(acmeBefore);
        assertThat(count(shared, "acme", "SELECT count(*) FROM audit_log")).isEqualTo(acmeAudit);
        assertThat(count(shared, "bolt", "SELECT count(*) FROM audit_log")).isPositive();
    }

    /** The simulation's figures, without the lines that time it. */
    private String simulate(String store, Path settings) {
        CliRun simulate = dunning("simulate", "--data", temp.resolve("sim-" + Math.abs(store.hashCode())).toString(),
                "--from", DAY.toString(), "--to", DAY.plusDays(1).toString(), "--customers", "600",
                "--workflow", RunContract.WORKFLOW, "--settings", settings.toString(), "--db", store, "--creditor", "bolt");
        assertThat(simulate.exit()).as(simulate.err()).isZero();
        return simulate.out().lines().filter(l -> l.startsWith("simulated") || l.startsWith("reminders")
                || l.startsWith("actions") || l.startsWith("messages") || l.startsWith("audit log"))
                .reduce("", (a, l) -> a + l + "\n");
    }

    private CliRun run(String store, Path data, String creditor, Path settings) {
        return dunning("run", "--date", DAY.toString(), "--workflow", RunContract.WORKFLOW, "--settings", settings.toString(),
                "--data", data.toString(), "--db", store, "--creditor", creditor);
    }

    private static String firstBatchInvoice(Path data) throws Exception {
        return Files.readAllLines(data.resolve("batch.csv")).get(1).split(",")[0];
    }

    private TreeMap<String, String> outbox(String store, String creditor) throws Exception {
        TreeMap<String, String> messages = new TreeMap<>();
        try (Database db = Database.open(store, new CreditorId(creditor));
             PreparedStatement ps = db.connection().prepareStatement("SELECT message_key, action, status FROM outbox");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                messages.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3));
            }
        }
        return messages;
    }
}
