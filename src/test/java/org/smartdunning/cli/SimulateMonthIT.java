package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcAuditLog;
import org.smartdunning.testing.LocalSmsProvider;

/**
 * A simulated month on a 10,000-customer world with the Swedish example workflow: real e-mails to
 * a real SMTP server, real HTTP calls to a local SMS provider, PDF letters and hand-off files on
 * disk, and every count equal to the audit log's.
 */
class SimulateMonthIT {
    static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @TempDir
    static Path dir;
    static GreenMail smtp;
    static LocalSmsProvider sms;
    static CliRun run;

    @BeforeAll
    static void simulateAMonth() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sms = new LocalSmsProvider();
        Path settings = dir.resolve("dunning.properties");
        Files.writeString(settings, String.join("\n", "smtp.host=127.0.0.1", "smtp.port=" + smtp.getSmtp().getPort(),
                "sms.endpoint=" + sms.endpoint(), "sms.token=" + LocalSmsProvider.TOKEN, "sms.sender=Nordtel", ""));
        // the shipped workflow plus a letter to every invoice still unpaid at day +25, so letters go out whatever
        // the learned policy picks at +14 (in this world it may pick none at all)
        Path workflow = dir.resolve("se-telecom-letters.yaml");
        Files.writeString(workflow, Files.readString(Path.of("examples/workflows/se-telecom.yaml")).replace(
                "  - id: escalation\n", String.join("\n", "  - id: letter-check", "    day: 25", "    kind: notice",
                        "    actions: [letter]", "    template: reminder", "  - id: escalation", "")));
        run = CliRun.dunning("simulate", "--data", dir.resolve("sim").toString(), "--from", FROM.toString(),
                "--to", TO.toString(), "--customers", "10000", "--workflow", workflow.toString(),
                "--settings", settings.toString());
    }

    @AfterAll
    static void stopServers() throws Exception {
        // the run's own report, for reading after the build
        Files.writeString(Path.of("target/simulate-month.txt"), run.out() + run.err());
        smtp.stop();
        sms.close();
    }

    static Map<String, Integer> audit() {
        try (Database db = Database.open("jdbc:duckdb:" + dir.resolve("sim/simulation.duckdb"), CreditorId.DEFAULT)) {
            return new JdbcAuditLog(db).counts(FROM, TO);
        }
    }

    @Test
    void eMailsReachTheSmtpServerOnceEachAsTheAuditLogCountsThem() throws Exception {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        MimeMessage[] mails = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : mails) {
            ids.add(m.getMessageID());
        }
        assertThat(mails.length).isGreaterThan(1000).isEqualTo(ids.size()).isEqualTo(audit().get("sent email"));
    }

    @Test
    void smsReachTheProviderOnceEachAsTheAuditLogCountsThem() {
        assertThat(run.exit()).isZero();
        assertThat(sms.requests()).isGreaterThan(100).isEqualTo(sms.messages().size())
                .isEqualTo(audit().get("sent sms"));
        assertThat(sms.messages().values()).allMatch(body -> body.contains("\"from\":\"Nordtel\""));
    }

    @Test
    void lettersAndHandOffsAreWrittenAsTheAuditLogCountsThem() throws Exception {
        assertThat(run.exit()).isZero();
        long letters;
        try (Stream<Path> files = Files.walk(dir.resolve("sim/out/letters"))) {
            letters = files.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        assertThat(letters).isPositive().isEqualTo(audit().getOrDefault("sent letter", 0).longValue());
        long handoffs = 0;
        try (Stream<Path> files = Files.list(dir.resolve("sim/out/agency"))) {
            for (Path f : files.toList()) {
                handoffs += Files.readAllLines(f).size() - 1;
            }
        }
        assertThat(handoffs).isEqualTo(audit().getOrDefault("sent collection", 0).longValue());
    }

    @Test
    void everyDecisionIsStoredWithItsCandidatesAndProvenance() throws Exception {
        int decided = audit().entrySet().stream().filter(e -> e.getKey().startsWith("decided "))
                .mapToInt(Map.Entry::getValue).sum();
        try (Database store = Database.open("jdbc:duckdb:" + dir.resolve("sim/simulation.duckdb"), CreditorId.DEFAULT); java.sql.Connection c = store.connection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("select count(*), count(distinct d.run_id),"
                     + " min(r.policy_version), sum(case when value_none is null then 1 else 0 end)"
                     + " from decisions d join decision_runs r on r.run_id = d.run_id")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive().isEqualTo(decided);
            assertThat(rs.getString(3)).as("trained on the day's history").startsWith("2026-06-");
            assertThat(rs.getInt(4)).as("none is always a candidate at the decision stage").isZero();
        }
    }

    @Test
    void theReportStatesTheCountsItDelivered() {
        assertThat(run.out()).contains("simulated 30 days").contains("audit log: {")
                .containsPattern("letters written: \\d+ PDF files");
        List<String> days = Arrays.stream(run.out().split("\n")).filter(l -> l.contains(": dispatched:")).toList();
        assertThat(days).hasSize(30);
    }
}
