package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.channels.DispatchOutbox;
import org.smartdunning.channels.MessageRenderer;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.RetryPolicy;
import org.smartdunning.channels.TestNotices;
import org.smartdunning.channels.http.HttpSmsChannel;
import org.smartdunning.channels.http.SmsSettings;
import org.smartdunning.config.Secret;
import org.smartdunning.history.DunningAction;
import org.smartdunning.testing.LocalSmsProvider;
import org.smartdunning.workflow.DailyPlan;

/**
 * A provider that echoes the request in its error answer: the store keeps its status, code and a
 * bounded excerpt, but neither the bearer token nor the debtor's number nor the message text.
 */
abstract class ProviderAnswerContract {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final String TOKEN = "tok_live_9f8e7d6c5b4a";
    private static final String TEXT = "Nordtel AB: Faktura I1 förföll 2026-03-02.\nBetala 562,10 kr senast 2026-03-26"
            + " till bankgiro 123-4567, OCR 4711000012.";

    abstract String url();

    @Test
    void anEchoedRequestLeavesNoTokenNumberOrTextInTheStore() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-03-16T06:00:00Z"));
        MessageRenderer renderer = (action, notice, to) -> new MessageRenderer.Rendered("", TEXT);
        try (LocalSmsProvider provider = LocalSmsProvider.echoing(); Database database = Database.open(url())) {
            OutboxEntry entry = OutboxEntry.queued(OutboxEntry.keyOf("I1", "decision"), DAY, DunningAction.SMS, List.of(),
                    TestNotices.notice("I1", "decision", DAY), TestNotices.recipient("C-I1", true, false), clock.instant());
            new JdbcDunningDayStore(database).commit(new DailyPlan(DAY, "test", List.of(), List.of(entry), List.of(),
                    List.of(), List.of()), clock.instant());
            HttpSmsChannel sms = new HttpSmsChannel(new SmsSettings(provider.endpoint(), Secret.of(TOKEN), "Nordtel",
                    Duration.ofSeconds(5)));

            new DispatchOutbox(new JdbcOutbox(database, clock), Map.of(DunningAction.SMS, sms), renderer,
                    (entries, day) -> Map.of(), new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), clock)
                    .dispatch(DAY);

            assertThat(provider.requests()).isEqualTo(1);
            List<String> stored = new ArrayList<>(texts(database, "select last_error from outbox"));
            stored.addAll(texts(database, "select detail from audit_log"));
            String lastError = stored.get(0);
            assertThat(lastError).startsWith("SMS provider answered 400 (code 21211): ").contains("invalid destination");
            assertThat(lastError.length()).isLessThan(300);
            for (String text : stored) {
                assertThat(text).doesNotContain(TOKEN, "+46701234567", "46701234567", "förföll", "f\\u00f6rf\\u00f6ll",
                        "562,10", "Betala", "4711000012");
            }
        }
    }

    private static List<String> texts(Database database, String sql) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Statement s = database.connection().createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }
}
