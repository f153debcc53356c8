package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorId;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.DispatchOutbox;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.OutboxStatus;
import org.smartdunning.channels.MessageRenderer;
import org.smartdunning.channels.RetryPolicy;
import org.smartdunning.channels.ScriptedChannel;
import org.smartdunning.channels.TestNotices;
import org.smartdunning.channels.http.HttpSmsChannel;
import org.smartdunning.channels.http.SmsSettings;
import org.smartdunning.config.Secret;
import org.smartdunning.history.DunningAction;
import org.smartdunning.testing.LocalSmsProvider;
import org.smartdunning.workflow.DailyPlan;

/**
 * The outbox on a real store: each message once, retries with backoff, fallbacks, withdrawals, in-doubt resends,
 * and provider answers stored redacted.
 */
abstract class OutboxContract {
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    static final MessageRenderer RENDERER = (action, notice, to) ->
            new MessageRenderer.Rendered("Påminnelse " + notice.invoiceId().value(), "Betala " + notice.total().toBigDecimal());

    final TestClock clock = new TestClock(Instant.parse("2026-03-16T06:00:00Z"));
    final ScriptedChannel email = new ScriptedChannel(DunningAction.EMAIL);
    final ScriptedChannel sms = new ScriptedChannel(DunningAction.SMS);
    final ScriptedChannel letter = new ScriptedChannel(DunningAction.LETTER);
    final Map<String, String> withdraw = new HashMap<>();
    Database database;

    abstract String url();

    @BeforeEach
    void open() {
        database = Database.open(url(), CreditorId.DEFAULT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    DispatchOutbox dispatcher() {
        return new DispatchOutbox(new JdbcOutbox(database, clock), Map.of(DunningAction.EMAIL, email,
                DunningAction.SMS, sms, DunningAction.LETTER, letter), RENDERER, (entries, day) -> withdraw,
                new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), clock);
    }

    void queue(OutboxEntry... entries) {
        new JdbcDunningDayStore(database).commit(new DailyPlan(DAY, "test", List.of(), List.of(entries), List.of(), List.of(),
                List.of()), clock.instant());
    }

    OutboxEntry entry(String invoice, DunningAction action, DunningAction... fallbacks) {
        return OutboxEntry.queued(OutboxEntry.keyOf(invoice, "decision"), DAY, action, List.of(fallbacks),
                TestNotices.notice(invoice, "decision", DAY), TestNotices.recipient("C-" + invoice, true, true),
                clock.instant());
    }

    Map<String, Integer> audit() {
        return new JdbcAuditLog(database).counts(DAY, DAY);
    }

    @Test
    void queuingTheSameKeyTwiceSendsOnce() {
        queue(entry("I1", DunningAction.EMAIL));
        queue(entry("I1", DunningAction.EMAIL));
        DispatchReport first = dispatcher().dispatch(DAY);
        DispatchReport second = dispatcher().dispatch(DAY);
        assertThat(first.sent(DunningAction.EMAIL)).isEqualTo(1);
        assertThat(second.sentTotal()).isZero();
        assertThat(email.received()).hasSize(1);
        assertThat(email.received().get(0).subject()).isEqualTo("Påminnelse I1");
        assertThat(email.received().get(0).body()).isEqualTo("Betala 562.10");
        assertThat(audit()).containsEntry("sent email", 1);
    }

    @Test
    void transientFailureIsRetriedAfterItsBackoff() {
        email.then(DeliveryResult.transientFailure("451 try later"));
        queue(entry("I2", DunningAction.EMAIL));
        DispatchReport first = dispatcher().dispatch(DAY);
        assertThat(first.retries()).isEqualTo(1);
        assertThat(dispatcher().dispatch(DAY).sentTotal()).as("not before the backoff ends").isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(dispatcher().dispatch(DAY).sent(DunningAction.EMAIL)).isEqualTo(1);
        assertThat(email.received()).hasSize(2);
        assertThat(audit()).containsEntry("retry email", 1).containsEntry("sent email", 1);
    }

    @Test
    void transientFailuresBeyondTheLastAttemptFallBackToTheNextChannel() {
        email.then(DeliveryResult.transientFailure("a"), DeliveryResult.transientFailure("b"),
                DeliveryResult.transientFailure("c"));
        queue(entry("I3", DunningAction.EMAIL, DunningAction.LETTER));
        for (int i = 0; i < 3; i++) {
            dispatcher().dispatch(DAY);
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(email.received()).hasSize(3);
        assertThat(letter.received()).hasSize(1);
        assertThat(letter.received().get(0).key()).isEqualTo("I3.decision~letter");
        assertThat(audit()).containsEntry("retry email", 2).containsEntry("fallback email", 1)
                .containsEntry("sent letter", 1).containsEntry("queued letter", 1);
    }

    @Test
    void permanentFailureFallsBackOrIsReported() {
        sms.then(DeliveryResult.permanentFailure("400 invalid number"));
        email.then(DeliveryResult.permanentFailure("550 no such user"));
        queue(entry("I4", DunningAction.SMS, DunningAction.EMAIL), entry("I5", DunningAction.EMAIL));
        DispatchReport report = dispatcher().dispatch(DAY);
        assertThat(report.fallbacks()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(email.received()).extracting(m -> m.key()).containsExactlyInAnyOrder("I5.decision", "I4.decision~email");
        assertThat(new JdbcOutbox(database, clock).statusCounts())
                .containsEntry(OutboxStatus.SENT, 1).containsEntry(OutboxStatus.FAILED, 2);
    }

    @Test
    void messageWithdrawnBeforeDispatchIsNotSent() {
        queue(entry("I6", DunningAction.EMAIL), entry("I7", DunningAction.EMAIL));
        withdraw.put("I6.decision", "invoice paid since the decision");
        DispatchReport report = dispatcher().dispatch(DAY);
        assertThat(report.cancelled()).isEqualTo(1);
        assertThat(email.received()).extracting(m -> m.key()).containsExactly("I7.decision");
        assertThat(audit()).containsEntry("cancelled email", 1);
    }

    @Test
    void messageLeftSendingByACrashIsDeliveredAgainUnderTheSameKey() {
        OutboxEntry e = entry("I8", DunningAction.SMS);
        queue(e);
        new JdbcOutbox(database, clock).markSending(e);   // the run died here, after the hand-over
        DispatchReport report = dispatcher().dispatch(DAY);
        assertThat(report.resentInDoubt()).isEqualTo(1);
        assertThat(sms.received()).extracting(m -> m.key()).containsExactly("I8.decision");
        assertThat(dispatcher().dispatch(DAY).sentTotal()).isZero();
        assertThat(Set.copyOf(audit().keySet())).contains("sent sms");
    }

    @Test
    void aProviderEchoingTheRequestLeavesNoTokenNumberOrTextInTheStore() throws Exception {
        String token = "tok_live_9f8e7d6c5b4a";
        String text = "Nordtel AB: Faktura I9 förföll 2026-03-02.\nBetala 562,10 kr senast 2026-03-26, OCR 4711000012.";
        queue(entry("I9", DunningAction.SMS));
        try (LocalSmsProvider provider = LocalSmsProvider.echoing()) {
            new DispatchOutbox(new JdbcOutbox(database, clock), Map.of(DunningAction.SMS, new HttpSmsChannel(
                    new SmsSettings(provider.endpoint(), Secret.of(token), "Nordtel", Duration.ofSeconds(5)))),
                    (action, notice, to) -> new MessageRenderer.Rendered("", text), (entries, day) -> Map.of(),
                    new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), clock).dispatch(DAY);
            assertThat(provider.requests()).isEqualTo(1);
        }
        List<String> stored = new ArrayList<>();
        try (Statement s = database.connection().createStatement();
             ResultSet rows = s.executeQuery("select last_error from outbox union all select detail from audit_log")) {
            while (rows.next()) {
                stored.add(rows.getString(1) == null ? "" : rows.getString(1));
            }
        }
        assertThat(stored).anySatisfy(error -> assertThat(error)
                .startsWith("SMS provider answered 400 (code 21211): ").contains("invalid destination").hasSizeLessThan(300));
        assertThat(stored).allSatisfy(detail -> assertThat(detail).doesNotContain(token, "46701234567", "förföll",
                "f\\u00f6rf\\u00f6ll", "562,10", "Betala", "4711000012"));
    }
}

