package org.smartdunning.store;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.history.CreditorId;
import org.smartdunning.channels.DispatchOutbox;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.channels.MessageRenderer;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.RetryPolicy;
import org.smartdunning.channels.TestNotices;
import org.smartdunning.channels.http.HttpSmsChannel;
import org.smartdunning.channels.http.SmsSettings;
import org.smartdunning.channels.smtp.SmtpEmailChannel;
import org.smartdunning.channels.smtp.SmtpSettings;
import org.smartdunning.channels.templates.MessageTemplates;
import org.smartdunning.config.Secret;
import org.smartdunning.history.DunningAction;
import org.smartdunning.testing.LocalSmsProvider;
import org.smartdunning.workflow.DailyPlan;

/**
 * Dispatch throughput through the outbox, as the daily run does it: every message marked sending
 * and settled with its audit line in its own commits, rendered from the bundled templates and
 * delivered to a local GreenMail (SMTP) and a local HTTP SMS provider.
 * {@code OutboxDispatchBenchmark [messages per channel=2000]}; runs on DuckDB, then PostgreSQL.
 */
public final class OutboxDispatchBenchmark {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = Files.createTempDirectory("outbox-bench");
        measure("DuckDB", "jdbc:duckdb:" + dir.resolve("bench.duckdb"), n);
        try (PostgresSchema schema = new PostgresSchema()) {
            measure("PostgreSQL", schema.url(), n);
        }
    }

    static void measure(String store, String url, int n) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        MessageTemplates templates = MessageTemplates.bundled();
        MessageRenderer renderer = (action, notice, to) -> {
            var text = templates.render("reminder", to.language(), action, notice, to);
            return new MessageRenderer.Rendered(text.subject(), text.body());
        };
        try (LocalSmsProvider sms = new LocalSmsProvider(); Database db = Database.open(url, CreditorId.DEFAULT);
             SmtpEmailChannel email = new SmtpEmailChannel(SmtpSettings.relay("127.0.0.1", smtp.getSmtp().getPort(),
                     "dunning@bench.test"))) {
            Clock clock = Clock.systemUTC();
            List<OutboxEntry> entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (DunningAction action : List.of(DunningAction.EMAIL, DunningAction.SMS)) {
                    String invoice = "B" + action.key() + i;
                    entries.add(OutboxEntry.queued(OutboxEntry.keyOf(invoice, "reminder"), DAY, action, List.of(),
                            TestNotices.notice(invoice, "reminder", DAY), TestNotices.recipient("C" + i, true, true),
                            clock.instant()));
                }
            }
            long queued = System.nanoTime();
            new JdbcDunningDayStore(db).commit(new DailyPlan(DAY, "test", List.of(), entries, List.of(), List.of(), List.of()),
                    clock.instant());
            double queueSeconds = (System.nanoTime() - queued) / 1e9;
            DispatchOutbox dispatch = new DispatchOutbox(new JdbcOutbox(db, clock), Map.of(DunningAction.EMAIL, email,
                    DunningAction.SMS, new HttpSmsChannel(new SmsSettings(sms.endpoint(), Secret.of(LocalSmsProvider.TOKEN), "Bench",
                            Duration.ofSeconds(5)))), renderer, (page, day) -> Map.of(), RetryPolicy.DEFAULT, clock);
            long start = System.nanoTime();
            DispatchReport report = dispatch.dispatch(DAY);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.sentTotal() != entries.size() || smtp.getReceivedMessages().length != n || sms.messages().size() != n) {
                throw new IllegalStateException("not all delivered: " + report);
            }
            System.out.printf(Locale.ROOT, "%-10s queued %,d messages in %.2f s; dispatched %,d e-mails + %,d SMS in %.2f s:"
                    + " %,.0f messages/s (%.2f ms each)%n", store, entries.size(), queueSeconds, n, n, seconds,
                    entries.size() / seconds, seconds * 1000 / entries.size());
        } finally {
            smtp.stop();
        }
    }
}
