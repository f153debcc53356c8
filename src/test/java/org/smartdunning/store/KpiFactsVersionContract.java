package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.workflow.DailyPlan;

/** The facts' version a kept KPI report is checked against: unchanged by reading, changed by a day run's commit. */
abstract class KpiFactsVersionContract {
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);
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

    @Test
    void readingLeavesTheVersionAndADayRunChangesIt() {
        JdbcKpiFacts facts = new JdbcKpiFacts(database);
        String empty = facts.version();
        facts.read(DAY, DAY.plusDays(90));
        assertThat(facts.version()).isEqualTo(empty);
        AuditEntry line = new AuditEntry(DAY, new InvoiceId("I1"), new CustomerId("C1"), "decision", AuditEvent.DECIDED,
                DunningAction.EMAIL, "stage decision", "m1", 0.5, null, "email has the highest value");
        new JdbcDunningDayStore(database).commit(new DailyPlan(DAY, "test", List.of(), List.of(), List.of(line), List.of(),
                List.of()), Instant.parse("2026-03-16T06:00:00Z"));
        String afterRun = facts.version();
        assertThat(afterRun).isNotEqualTo(empty);
        assertThat(facts.version()).isEqualTo(afterRun);
    }
}
