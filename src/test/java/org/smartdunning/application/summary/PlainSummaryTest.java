package org.smartdunning.application.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;

class PlainSummaryTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final ModelProvenance MODEL = new ModelProvenance("m", "1", DAY.minusYears(1), DAY, 1, Map.of());

    static Invoice invoice(String id, String amount) {
        return new Invoice(new InvoiceId(id), new CustomerId("C" + id), DAY.minusDays(40), DAY.minusDays(14),
                Money.parse(amount), "SEK");
    }

    static CandidateValue candidate(DunningAction a, double pay, double churn, double inquiry, double value) {
        return new CandidateValue(a, new OutcomeProbabilities(pay, churn, inquiry), value);
    }

    static Decision decision(String id, DunningAction chosen, CandidateValue... candidates) {
        return new Decision(new InvoiceId(id), DAY, chosen, 1.0, 100, List.of(candidates), "why", MODEL);
    }

    @Test
    void sumsTheChosenAndTodaysActionsOwnPredictionsAndCountsPaidInvoicesApart() {
        Map<InvoiceId, Invoice> invoices = Map.of(new InvoiceId("A"), invoice("A", "100.00"),
                new InvoiceId("B"), invoice("B", "200.00"), new InvoiceId("P"), invoice("P", "50.00"));
        List<Decision> decisions = List.of(
                decision("A", DunningAction.NONE, candidate(DunningAction.NONE, 0.5, 0.1, 0.0, 40),
                        candidate(DunningAction.COLLECTION, 0.9, 0.4, 0.2, 10)),
                decision("B", DunningAction.COLLECTION, candidate(DunningAction.NONE, 0.2, 0.05, 0.0, 20),
                        candidate(DunningAction.COLLECTION, 0.8, 0.3, 0.1, 90)),
                new Decision(new InvoiceId("P"), DAY, DunningAction.NONE, 1.0, Double.NaN, List.of(), "already paid", MODEL));

        PlainSummary s = PlainSummary.of(decisions, invoices::get, TodaysProcess.STANDARD);

        assertThat(s.currency()).isEqualTo("SEK");
        assertThat(s.decided()).isEqualTo(2);
        assertThat(s.alreadyPaid()).isEqualTo(1);
        assertThat(s.actions()).containsEntry(DunningAction.NONE, 1).containsEntry(DunningAction.COLLECTION, 1)
                .containsEntry(DunningAction.SMS, 0);
        assertThat(s.engine().cash()).isCloseTo(100 * 0.5 + 200 * 0.8, within(1e-9));
        assertThat(s.engine().collectionCases()).isEqualTo(1);
        assertThat(s.engine().churn()).isCloseTo(0.1 + 0.3, within(1e-9));
        assertThat(s.engine().inquiries()).isCloseTo(0.1, within(1e-9));
        assertThat(s.engine().value()).isCloseTo(40 + 90, within(1e-9));
        assertThat(s.todays().cash()).isCloseTo(100 * 0.9 + 200 * 0.8, within(1e-9));
        assertThat(s.todays().collectionCases()).isEqualTo(2);
        assertThat(s.todays().churn()).isCloseTo(0.4 + 0.3, within(1e-9));
        assertThat(s.todays().inquiries()).isCloseTo(0.3, within(1e-9));
        assertThat(s.todays().value()).isCloseTo(10 + 90, within(1e-9));
    }

    @Test
    void todaysActionBecomesALetterWhereItCannotReachTheCustomer() {
        Function<InvoiceId, Invoice> invoices = id -> invoice(id.value(), "100.00");
        TodaysProcess sms = new TodaysProcess(DunningAction.SMS, 10);
        List<Decision> decisions = List.of(decision("A", DunningAction.NONE,
                candidate(DunningAction.NONE, 0.5, 0, 0, 50), candidate(DunningAction.LETTER, 0.7, 0, 0, 59)));

        PlainSummary s = PlainSummary.of(decisions, invoices, sms);

        assertThat(s.todays().cash()).isCloseTo(70, within(1e-9));
        assertThat(s.todays().value()).isCloseTo(59, within(1e-9));
    }

    @Test
    void todaysProcessIsTheHistorysPrevailingOverdueActionOutsideExperiments() {
        List<Invoice> invoices = new ArrayList<>();
        List<DunningEvent> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Invoice inv = invoice("I" + i, "10.00");
            invoices.add(inv);
            // before the due date: a friendly notice, not the overdue process
            events.add(new DunningEvent(inv.id(), inv.dueOn().minusDays(3), DunningAction.SMS, Money.ZERO, null, null, 1.0));
            DunningAction overdue = i < 2 ? DunningAction.LETTER : DunningAction.EMAIL;
            boolean experiment = i >= 3; // three of the four e-mails were an experiment's
            events.add(new DunningEvent(inv.id(), inv.dueOn().plusDays(14), overdue, Money.ZERO,
                    experiment ? "trial" : null, experiment ? "email" : null, experiment ? 0.2 : null));
        }

        TodaysProcess today = TodaysProcess.of(new CreditorHistory(List.of(), invoices, List.of(), events, List.of()));

        assertThat(today).isEqualTo(new TodaysProcess(DunningAction.LETTER, 3));
        assertThat(TodaysProcess.of(new CreditorHistory(List.of(), invoices, List.of(), List.of(), List.of())))
                .isEqualTo(TodaysProcess.STANDARD);
    }
}
