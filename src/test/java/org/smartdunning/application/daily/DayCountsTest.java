package org.smartdunning.application.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.audit.StopReason;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.workflow.DailyPlan;

/** The day's stops are counted by the reason each skipped line carries, whatever its words say. */
class DayCountsTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    static AuditEntry line(String invoice, AuditEvent event, String detail, StopReason reason) {
        return new AuditEntry(DAY, new InvoiceId(invoice), new CustomerId("C" + invoice), "decision", event, null,
                "stage decision", null, Double.NaN, null, detail, reason);
    }

    @Test
    void anExperimentArmsWaitIsCountedApartFromTheLaw() {
        DailyPlan plan = new DailyPlan(DAY, "test", List.of(), List.of(), List.of(
                line("I1", AuditEvent.SKIPPED, "hold 1 (dispute) on invoice I1", StopReason.HOLD),
                line("I2", AuditEvent.SKIPPED, "invoice inquiry on 2026-05-28 pauses dunning until 2026-06-07",
                        StopReason.INQUIRY),
                line("I3", AuditEvent.SKIPPED, "experiment letter-test, arm letter (share 0.5) waits until day +17",
                        StopReason.EXPERIMENT_OFFSET),
                line("I4", AuditEvent.SKIPPED, "experiment letter-test, arm sms (share 0.5) waits until day +15",
                        StopReason.EXPERIMENT_OFFSET),
                line("I5", AuditEvent.SKIPPED, "the law allows none of the stage's actions today: collection: …",
                        StopReason.LAW),
                line("I6", AuditEvent.CLOSED, "the customer cannot be reached by [sms]", null)), List.of(), List.of());
        DayCounts counts = new DayResult(plan, new DispatchReport()).counts();
        assertThat(counts.stopped()).isEqualTo(Map.of(StopReason.HOLD, 1, StopReason.INQUIRY, 1,
                StopReason.EXPERIMENT_OFFSET, 2, StopReason.LAW, 1));
        assertThat(counts.unreachable()).isEqualTo(1);
    }

    @Test
    void theReasonIsTheTypedValueNotTheWords() {
        DailyPlan plan = new DailyPlan(DAY, "test", List.of(), List.of(), List.of(
                line("I1", AuditEvent.SKIPPED, "hold-like words the law wrote", StopReason.LAW)), List.of(), List.of());
        assertThat(new DayResult(plan, new DispatchReport()).counts().stopped())
                .containsEntry(StopReason.LAW, 1).containsEntry(StopReason.HOLD, 0);
    }

    @Test
    void onlyASkippedLineHasAStopReason() {
        assertThatThrownBy(() -> line("I1", AuditEvent.SKIPPED, "", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("I1", AuditEvent.SENT, "", StopReason.LAW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
