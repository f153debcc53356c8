package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.store.Database;
import org.smartdunning.history.CreditorId;
import org.smartdunning.testing.LocalSmsProvider;

/**
 * A daily run killed with SIGKILL in the middle of dispatch and started again sends every message:
 * each SMS reaches the provider once (its idempotency key absorbs the resend of the message in
 * flight), each e-mail arrives once per Message-ID, and the audit log counts what was sent.
 */
class DispatchKillIT {
    static final String DAY = "2026-06-01";

    @TempDir
    Path dir;
    GreenMail smtp;
    LocalSmsProvider sms;
    Path settings;
    String db;

    @BeforeEach
    void world() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sms = new LocalSmsProvider();
        settings = dir.resolve("dunning.properties");
        Files.writeString(settings, String.join("\n", "smtp.host=127.0.0.1", "smtp.port=" + smtp.getSmtp().getPort(),
                "sms.endpoint=" + sms.endpoint(), "sms.token=" + LocalSmsProvider.TOKEN,
                "letters.dir=" + dir.resolve("letters"), "agency.dir=" + dir.resolve("agency"), ""));
        db = "jdbc:duckdb:" + dir.resolve("store.duckdb");
        Path data = dir.resolve("data");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "20000", "--seed", "4").exit()).isZero();
        assertThat(dunning("import", "--data", data.toString(), "--db", db).exit()).isZero();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        sms.close();
    }

    Process startRun() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the packaged tool, as killed in production: its native libraries leave nothing in the temp folder
                "-cp", "target/smart-dunning.jar" + java.io.File.pathSeparator + "target/lib/*",
                "org.smartdunning.cli.DunningCli", "run", "--date", DAY,
                "--workflow", "src/test/resources/workflows/day-14-notice.yaml", "--settings", settings.toString(),
                "--db", db));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    }

    int delivered() {
        return sms.messages().size() + smtp.getReceivedMessages().length;
    }

    @Test
    void runKilledMidDispatchAndStartedAgainSendsEachMessageOnce() throws Exception {
        Process first = startRun();
        long deadline = System.currentTimeMillis() + 120_000;
        while (delivered() < 300 && first.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(2);
        }
        assertThat(first.isAlive()).as("still dispatching when killed; exit " + (first.isAlive() ? "-" : first.exitValue())
                + ", log: " + Files.readString(dir.resolve("run.log"))).isTrue();
        first.destroyForcibly();   // SIGKILL: no shutdown hook, no last commit
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int beforeRestart = delivered();

        Process second = startRun();
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("run.log"));
        assertThat(second.exitValue()).as(log).isZero();

        Map<String, Integer> outbox = outboxByActionAndStatus();
        int smsRows = outbox.getOrDefault("sms sent", 0);
        int emailRows = outbox.getOrDefault("email sent", 0);
        assertThat(outbox.keySet()).as("every message went out").allMatch(k -> k.endsWith(" sent"));
        assertThat(beforeRestart).isLessThan(smsRows + emailRows);
        assertThat(sms.messages()).hasSize(smsRows);
        assertThat(sms.requests()).as("at most the one message in flight was offered twice").isBetween(smsRows, smsRows + 1);
        Map<String, Integer> perMessageId = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            perMessageId.merge(m.getMessageID(), 1, Integer::sum);
        }
        assertThat(perMessageId).hasSize(emailRows);
        assertThat(perMessageId.values().stream().filter(n -> n > 1).count())
                .as("only the message in flight at the kill may arrive again, under its Message-ID").isLessThanOrEqualTo(1);
        Map<String, Integer> audit = auditSent();
        assertThat(audit.get("sms")).isEqualTo(smsRows);
        assertThat(audit.get("email")).isEqualTo(emailRows);
        assertThat(log).contains("dispatched: sent");
        Files.writeString(Path.of("target/dispatch-kill.txt"), "delivered before the kill " + beforeRestart + "; sms "
                + smsRows + " (requests " + sms.requests() + "), e-mail " + emailRows + " (received "
                + smtp.getReceivedMessages().length + ")\n" + log);
    }

    Map<String, Integer> outboxByActionAndStatus() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Database store = Database.open(db, CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             ResultSet rs = c.createStatement().executeQuery("select action, status, count(*) from outbox group by 1, 2")) {
            while (rs.next()) {
                counts.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
            }
        }
        return counts;
    }

    Map<String, Integer> auditSent() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Database store = Database.open(db, CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             ResultSet rs = c.createStatement().executeQuery("select action, count(*) from audit_log where event = 'sent' group by 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}
