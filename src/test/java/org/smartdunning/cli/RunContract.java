package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcAuditLog;
import org.smartdunning.testing.LocalSmsProvider;

/**
 * {@code dunning run} against a real store and real SMTP and SMS servers: a second run of the day
 * sends and counts nothing, a hold placed from the command line stops its invoice, and a message
 * whose invoice is paid between the decision and the dispatch is withdrawn.
 */
abstract class RunContract {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final String WORKFLOW = "src/test/resources/workflows/day-14-notice.yaml";

    @TempDir
    Path temp;
    GreenMail smtp;
    LocalSmsProvider sms;

    abstract String url();

    @BeforeEach
    void world() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sms = new LocalSmsProvider();
        Path data = temp.resolve("data");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "3000", "--seed", "6").exit()).isZero();
        assertThat(dunning("import", "--data", data.toString(), "--db", url()).exit()).isZero();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        sms.close();
    }

    Path settings(boolean serversUp) throws Exception {
        Path file = temp.resolve(serversUp ? "up.properties" : "down.properties");
        Files.writeString(file, String.join("\n", "smtp.host=127.0.0.1",
                "smtp.port=" + (serversUp ? smtp.getSmtp().getPort() : 1), serversUp ? "sms.endpoint=" + sms.endpoint() : "",
                "sms.token=" + LocalSmsProvider.TOKEN, "letters.dir=" + temp.resolve("letters"),
                "agency.dir=" + temp.resolve("agency"), "retry.base_seconds=0", ""));
        return file;
    }

    CliRun run(Path settings) {
        return dunning("run", "--date", DAY.toString(), "--workflow", WORKFLOW, "--settings", settings.toString(),
                "--db", url());
    }

    Map<String, Integer> audit() {
        try (Database db = Database.open(url(), CreditorId.DEFAULT)) {
            return new JdbcAuditLog(db).counts(DAY, DAY);
        }
    }

    @Test
    void runningTheDayAgainSendsAndCountsNothingMore() throws Exception {
        CliRun first = run(settings(true));
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        int mails = smtp.getReceivedMessages().length;
        int texts = sms.requests();
        Map<String, Integer> audit = audit();
        assertThat(mails + texts).isGreaterThan(50).isEqualTo(audit.get("sent email") + audit.get("sent sms"));
        int bySms = audit.getOrDefault("queued sms", 0);
        int byEmail = audit.getOrDefault("queued email", 0);
        int byLetter = audit.getOrDefault("queued letter", 0);
        assertThat(first.out()).as("the day's counts first, the details below").startsWith(String.format(
                "%s: reminders to send %,d (%,d by SMS, %,d by e-mail, %,d by letter), collection cases %,d,", DAY,
                bySms + byEmail + byLetter, bySms, byEmail, byLetter, audit.getOrDefault("queued collection", 0)));
        assertThat(first.out().lines().toList().get(2)).startsWith(String.format("Delivered: %,d sent (%,d by SMS, %,d by"
                + " e-mail,", mails + texts + audit.getOrDefault("sent letter", 0), texts, mails));
        assertThat(first.out().lines().toList().get(3)).isEqualTo(AnalystsBlock.HEADING);

        CliRun second = run(settings(true));
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("messages queued 0").contains("dispatched: sent 0");
        assertThat(smtp.getReceivedMessages()).hasSize(mails);
        assertThat(sms.requests()).isEqualTo(texts);
        assertThat(audit()).isEqualTo(audit);
    }

    @Test
    void holdPlacedFromTheCommandLineStopsItsInvoice() throws Exception {
        String invoice = firstBatchInvoice();
        CliRun hold = dunning("hold", "--invoice", invoice, "--reason", "dispute", "--from", DAY.minusDays(2).toString(),
                "--note", "customer says the roaming charge is wrong", "--db", url());
        assertThat(hold.exit()).as(hold.err()).isZero();
        assertThat(hold.out()).startsWith("placed hold 1 (dispute) on invoice " + invoice);

        CliRun held = run(settings(true));
        assertThat(held.exit()).isZero();
        assertThat(held.out().lines().toList().get(1)).startsWith("Stopped today: 1 held, ");
        try (Database store = Database.open(url(), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement("select event, detail from audit_log where invoice_id = ?")) {
            ps.setString(1, invoice);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("skipped");
                assertThat(rs.getString(2)).startsWith("hold 1 (dispute) on invoice " + invoice);
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(dunning("release", "--hold", "1", "--on", DAY.plusDays(1).toString(), "--db", url()).exit()).isZero();
        CliRun next = dunning("run", "--date", DAY.plusDays(1).toString(), "--workflow", WORKFLOW, "--settings",
                settings(true).toString(), "--db", url());
        assertThat(next.exit()).isZero();
        try (Database store = Database.open(url(), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement("select run_day, status from outbox where invoice_id = ?")) {
            ps.setString(1, invoice);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("released: the stage runs a day late").isTrue();
                assertThat(rs.getObject(1, LocalDate.class)).isEqualTo(DAY.plusDays(1));
                assertThat(rs.getString(2)).isEqualTo("sent");
            }
        }
    }

    @Test
    void messageWhoseInvoiceIsPaidBeforeDispatchIsWithdrawn() throws Exception {
        CliRun down = run(settings(false));
        assertThat(down.exit()).as(down.err()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        String paid = pendingInvoice();
        try (Database store = Database.open(url(), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement("insert into payments (payment_id, invoice_id, paid_on, amount)"
                     + " select 'late-1', invoice_id, ?, amount from invoices where invoice_id = ?")) {
            ps.setObject(1, DAY);
            ps.setString(2, paid);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        CliRun up = run(settings(true));
        assertThat(up.out()).contains("withdrawn 1");
        try (Database store = Database.open(url(), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement("select detail from audit_log where invoice_id = ? and event = 'cancelled'")) {
            ps.setString(1, paid);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("invoice paid since the decision");
            }
        }
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getHeader("X-Dunning-Key")[0].startsWith(paid + ".");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anExperimentArmWaitingForItsLaterDayIsCountedApartFromTheLaw() throws Exception {
        Path experiments = Files.writeString(temp.resolve("experiments.yaml"), """
                experiments:
                  - name: later-letter
                    stage: reminder
                    start: %s
                    end: %s
                    holdout: 0.5
                    arms:
                      - {name: letter-later, share: 0.5, action: reminder, channel: letter, offset_days: 3}
                """.formatted(DAY.minusDays(30), DAY.plusDays(30)));
        CliRun done = dunning("run", "--date", DAY.toString(), "--workflow", WORKFLOW, "--experiments",
                experiments.toString(), "--settings", settings(true).toString(), "--db", url());
        assertThat(done.exit()).as(done.out() + done.err()).isZero();
        int waiting = 0;
        try (Database store = Database.open(url(), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             ResultSet rs = c.createStatement().executeQuery("select stop_reason, detail from audit_log"
                     + " where event = 'skipped'")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).as(rs.getString(2)).isEqualTo("experiment_offset");
                assertThat(rs.getString(2)).startsWith("experiment later-letter, arm letter-later (share 0.5) waits"
                        + " until day +17");
                waiting++;
            }
        }
        assertThat(waiting).as("about half the day's reminders wait for the arm's day").isGreaterThan(10);
        assertThat(audit()).containsEntry("skipped experiment_offset", waiting).doesNotContainKey("skipped law");
        assertThat(done.out().lines().toList().get(1)).isEqualTo(String.format("Stopped today: 0 held, 0 paused by an"
                + " invoice inquiry, %,d waiting for their experiment arm's later day, 0 waiting for the law; 0 out of"
                + " reach of the stage's channels.", waiting));
    }

    String firstBatchInvoice() throws Exception {
        return Files.readAllLines(temp.resolve("data/batch.csv")).get(1).split(",")[0];
    }

    String pendingInvoice() throws Exception {
        try (Database store = Database.open(url(), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select invoice_id from outbox where status = 'pending' and action = 'email' order by message_key limit 1")) {
            assertThat(rs.next()).as("an e-mail waiting for its retry").isTrue();
            return rs.getString(1);
        }
    }
}
