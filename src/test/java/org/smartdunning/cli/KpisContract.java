package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcAuditLog;
import org.smartdunning.testing.LocalSmsProvider;

/**
 * {@code dunning kpis} on a generated creditor after two days of the daily process (a reminder at
 * +14 days, collection at +35, real SMTP and SMS servers): the reminders per channel and the
 * collection cases of those days agree with the audit log's counts, the groups by workflow stage
 * too, and text, CSV and JSON say the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KpisContract {
    static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    static final LocalDate SECOND = FIRST.plusDays(1);
    static final String WORKFLOW = "src/test/resources/workflows/kpis-notice-collection.yaml";

    Path temp;

    abstract String url();

    @BeforeAll
    void twoDaysOfTheProcess() throws Exception {
        temp = Files.createTempDirectory("kpis-it");
        Path data = temp.resolve("data");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "2000", "--seed", "6").exit()).isZero();
        assertThat(dunning("import", "--data", data.toString(), "--db", url()).exit()).isZero();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (LocalSmsProvider sms = new LocalSmsProvider()) {
            Path settings = temp.resolve("up.properties");
            Files.writeString(settings, String.join("\n", "smtp.host=127.0.0.1", "smtp.port=" + smtp.getSmtp().getPort(),
                    "sms.endpoint=" + sms.endpoint(), "sms.token=" + LocalSmsProvider.TOKEN,
                    "letters.dir=" + temp.resolve("letters"), "agency.dir=" + temp.resolve("agency"),
                    "retry.base_seconds=0", ""));
            for (LocalDate day : List.of(FIRST, SECOND)) {
                CliRun run = dunning("run", "--date", day.toString(), "--workflow", WORKFLOW, "--settings",
                        settings.toString(), "--db", url());
                assertThat(run.exit()).as(run.out() + run.err()).isZero();
            }
        } finally {
            smtp.stop();
        }
    }

    @AfterAll
    void removeTemp() throws Exception {
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    JsonNode kpis(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("kpis", "--db", url(), "--format", "json"));
        args.addAll(Arrays.asList(options));
        CliRun run = dunning(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    static JsonNode row(JsonNode report, String group) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("group").asText().equals(group)) {
                return row.get("values");
            }
        }
        throw new AssertionError("no row " + group + " in " + report);
    }

    Map<String, Integer> audit() {
        try (Database db = Database.open(url(), CreditorId.DEFAULT)) {
            return new HashMap<>(new JdbcAuditLog(db).counts(FIRST, SECOND));
        }
    }

    @Test
    void remindersAndCollectionCasesAgreeWithTheAuditLog() throws Exception {
        JsonNode days = row(kpis("--from", FIRST.toString(), "--to", SECOND.toString()), "all");
        Map<String, Integer> audit = audit();
        // the workflow's notice stages send reminders after the due date and notices on or before it
        assertThat(days.get("smsReminders").asInt()).isPositive();
        for (String channel : new String[] {"sms", "email", "letter"}) {
            assertThat(days.get(channel + "Reminders").asInt() + days.get(channel + "Notices").asInt()).as(channel)
                    .isEqualTo(audit.getOrDefault("scheduled " + channel, 0))
                    .isEqualTo(audit.getOrDefault("sent " + channel, 0));
        }
        assertThat(days.get("collectionCases").asInt()).isPositive()
                .isEqualTo(audit.getOrDefault("scheduled collection", 0)).isEqualTo(audit.getOrDefault("sent collection", 0));
        double cost = 0.60 * (days.get("smsReminders").asInt() + days.get("smsNotices").asInt())
                + 0.05 * (days.get("emailReminders").asInt() + days.get("emailNotices").asInt())
                + 11.00 * (days.get("letterReminders").asInt() + days.get("letterNotices").asInt())
                + 40.00 * days.get("collectionCases").asInt();
        assertThat(days.get("dunningCost").asDouble()).isCloseTo(cost, org.assertj.core.api.Assertions.within(0.005));
    }

    @Test
    void groupsByWorkflowStageSplitTheAuditLogsCountsByStage() throws Exception {
        JsonNode report = kpis("--from", FIRST.toString(), "--to", SECOND.toString(), "--by", "stage");
        Map<String, Integer> byStage = new HashMap<>();
        try (Database db = Database.open(url(), CreditorId.DEFAULT);
             ResultSet rs = db.connection().createStatement().executeQuery("select stage_id, count(*) from audit_log"
                     + " where event = 'sent' and action <> 'collection' group by stage_id")) {
            while (rs.next()) {
                byStage.put(rs.getString(1), rs.getInt(2));
            }
        }
        JsonNode reminder = row(report, "reminder");
        assertThat(reminder.get("smsReminders").asInt() + reminder.get("emailReminders").asInt()
                + reminder.get("letterReminders").asInt()).isPositive().isEqualTo(byStage.get("reminder"));
        assertThat(row(report, "collection").get("collectionCases").asInt())
                .isEqualTo(audit().get("sent collection"));
    }

    @Test
    void invoicesDueAreThoseTheStoreHoldsWithADueDateInTheMonth() throws Exception {
        JsonNode may = row(kpis("--from", "2026-05-01", "--to", "2026-05-31"), "all");
        try (Database db = Database.open(url(), CreditorId.DEFAULT);
             ResultSet rs = db.connection().createStatement().executeQuery("select count(*) from invoices"
                     + " where due_on between DATE '2026-05-01' and DATE '2026-05-31'")) {
            rs.next();
            assertThat(may.get("invoicesDue").asInt()).isPositive().isEqualTo(rs.getInt(1));
        }
        assertThat(may.get("paidOnTimeShare").asDouble()).isBetween(0.5, 1.0);
        assertThat(may.get("averageClv").isNull()).isFalse();
    }

    @Test
    void textCsvAndJsonSayTheSame() throws Exception {
        String[] period = {"--from", "2026-05-01", "--to", SECOND.toString()};
        JsonNode json = kpis(period);
        assertThat(json.get("rows")).hasSize(2);
        JsonNode june = json.get("rows").get(1).get("values");
        assertThat(json.get("rows").get(1).get("from").asText()).isEqualTo("2026-06-01");
        CliRun csv = dunning(concat(new String[] {"kpis", "--db", url(), "--format", "csv"}, period));
        assertThat(csv.exit()).isZero();
        String[] lines = csv.out().split("\n");
        assertThat(lines).hasSize(3);
        List<String> header = List.of(lines[0].split(","));
        List<String> last = List.of(lines[2].split(",", -1));
        assertThat(last.get(header.indexOf("from"))).isEqualTo("2026-06-01");
        assertThat(last.get(header.indexOf("currency"))).isEqualTo("SEK");
        assertThat(Integer.parseInt(last.get(header.indexOf("sms_reminders")))).isEqualTo(june.get("smsReminders").asInt());
        assertThat(Double.parseDouble(last.get(header.indexOf("cash_recovered"))))
                .isEqualTo(june.get("cashRecovered").asDouble());
        assertThat(last.get(header.indexOf("paid_within_horizon_share"))).as("no June horizon has ended").isEmpty();
        CliRun text = dunning(concat(new String[] {"kpis", "--db", url()}, period));
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("KPIs from 2026-05-01 to 2026-06-02, by month, amounts in SEK")
                .contains("May 2026").contains("2026-06-01 to 2026-06-02")
                .contains(String.format(java.util.Locale.ROOT, "reminders sent %,d (SMS %,d, e-mail %,d, letter %,d)",
                        june.get("smsReminders").asInt() + june.get("emailReminders").asInt()
                                + june.get("letterReminders").asInt(), june.get("smsReminders").asInt(),
                        june.get("emailReminders").asInt(), june.get("letterReminders").asInt()))
                .contains(String.format(java.util.Locale.ROOT, "cash recovered %,.2f SEK", june.get("cashRecovered").asDouble()));
        CliRun wrong = dunning("kpis", "--db", url(), "--format", "xml");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("--format takes text, csv or json");
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
