package org.smartdunning.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartdunning.kpi.KpiHistory.d;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.PopulationRates;

/** Each KPI worked out by hand on the small history of {@link KpiHistory}, for March 2026. */
class KpiCalculatorTest {
    static final BusinessSettings SETTINGS = BusinessSettings.DEFAULTS; // horizon 90; sms 0.60, email 0.05, letter 11, collection 40
    static final KpiPeriod MARCH = new KpiPeriod(d("2026-03-01"), d("2026-03-31"));
    /** Exposure before 2026-04-01: C1 455 days, C2 443 (to its end), C3 22; one churned. */
    static final double REMAINING_MONTHS = (455 + 443 + 22) / 30.44;

    static KpiValues march(KpiFacts facts) {
        List<KpiRow> rows = new KpiCalculator(SETTINGS).rows(facts, MARCH, new KpiGrouping(false, null));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).group()).isEqualTo("all");
        return rows.get(0).values();
    }

    @Test
    void invoicesDueAndTheSharePaidOnTime() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.invoicesDue()).as("I1, I2, I3, I4 fall due in March").isEqualTo(4);
        assertThat(v.paidOnTime()).as("I1 only").isEqualTo(1);
        assertThat(v.paidOnTimeShare()).isEqualTo(0.25);
    }

    @Test
    void shareWithinTheHorizonCountsOnlyInvoicesWhoseHorizonHasEnded() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.horizonClosed()).as("every March due date + 90 days is by 2026-07-15").isEqualTo(4);
        assertThat(v.paidWithinHorizon()).as("I1, I2 (04-20), I4 (06-15); I3 never").isEqualTo(3);
        assertThat(v.paidWithinHorizonShare()).isEqualTo(0.75);

        KpiValues early = march(KpiHistory.march().facts(d("2026-06-05")));
        assertThat(early.horizonClosed()).as("I1 (due 03-05, horizon to 06-03) alone has closed").isEqualTo(1);
        assertThat(early.paidWithinHorizonShare()).isEqualTo(1.0);
        KpiValues none = march(KpiHistory.march().facts(d("2026-04-10")));
        assertThat(none.horizonClosed()).isZero();
        assertThat(none.paidWithinHorizonShare()).as("nothing measured is null, not 0").isNull();
    }

    @Test
    void invoicesNotYetDueOnTheKnownThroughDayAreNotCounted() {
        KpiValues v = march(KpiHistory.march().facts(d("2026-03-12")));
        assertThat(v.invoicesDue()).as("I1 (03-05) and I3 (03-10)").isEqualTo(2);
        assertThat(v.paidOnTimeShare()).isEqualTo(0.5);
    }

    @Test
    void daysSalesOutstandingIsReceivablesOverInvoicedTimesDays() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.invoiced()).as("issued in March: I2 100 (03-01), I4 80 (03-17), I6 100 (03-22)").isEqualTo(280.0);
        assertThat(v.receivables()).as("open on 03-31: I0 100, I2 100, I3 200-30-50+20, I4 80, I6 100").isEqualTo(520.0);
        assertThat(v.daysSalesOutstanding()).isEqualTo(Math.round(520.0 / 280 * 31 * 10) / 10.0).isEqualTo(57.6);
    }

    @Test
    void remindersPerChannelCollectionCasesAndTheirCost() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.smsReminders()).isEqualTo(1);
        assertThat(v.emailReminders()).isEqualTo(1);
        assertThat(v.letterReminders()).isEqualTo(1);
        assertThat(v.reminders()).isEqualTo(3);
        assertThat(v.collectionCases()).as("I3's; I00's was in November").isEqualTo(1);
        assertThat(v.dunningCost()).isEqualTo(0.60 + 0.05 + 11.00 + 40.00);
    }

    @Test
    void feeIncomeCountsFeesOfInvoicesPaidWithinTheHorizon() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.feeIncome()).as("I2's letter fee 60; I3's collection fee 25 is not paid").isEqualTo(60.0);
    }

    @Test
    void invoiceInquiriesPerThousandInvoicesDue() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.invoiceInquiries()).as("C1 03-02 and C2 03-18; C1's 'other' is not about invoices").isEqualTo(2);
        assertThat(v.inquiriesPer1000()).isEqualTo(2 * 1000.0 / 4);
    }

    @Test
    void churnedCustomersEndedInThePeriod() {
        assertThat(march(KpiHistory.march().facts()).churnedCustomers()).as("C2, 03-20").isEqualTo(1);
    }

    @Test
    void cashRecoveredIsWhatOverdueInvoicesBroughtInThePeriodNetOfReversals() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.cashRecovered()).as("I5 100 on 03-03, I3 50 - 20 (its 30 before the due date is not recovered); I1 was paid on time, I2 in April")
                .isEqualTo(130.0);
    }

    /**
     * As of 2026-03-31, C1 and C3 are customers. Creditor rates before 04-01 on the invoices whose
     * horizon closed (I0, I00, I000): pay share 2/3, on time 1/3, the one left alone (I0) unpaid, so
     * unchased 1/3 and chasing added 1/3. C1: 2 of 4 earlier invoices paid (I1, I5) → (2 + 4·2/3)/8 −
     * 1/3 = 0.25, fee 100. C3: 0 of 1 → (4·2/3)/5 − 1/3 = 0.2, 80 invoiced in the last year → 80/12.
     */
    @Test
    void averageLifetimeValueAsOfThePeriodEnd() {
        KpiValues v = march(KpiHistory.march().facts());
        assertThat(v.activeCustomers()).isEqualTo(2);
        double c1 = 100 * (0.25 - 0.65) * REMAINING_MONTHS;
        double c3 = 80.0 / 12 * (0.2 - 0.65) * REMAINING_MONTHS;
        assertThat(v.averageClv()).isCloseTo((c1 + c3) / 2, within(0.006));
    }

    @Test
    void lifetimeValueIsTheEnginesOnTheDayAfterThePeriod() {
        KpiHistory h = KpiHistory.march();
        CreditorHistory history = h.history();
        PopulationRates rates = PopulationRates.measure(history, d("2026-04-01"), SETTINGS.horizonDays());
        HistoryRulesModel rules = new HistoryRulesModel(rates, SETTINGS.churnWindowMonths(), d("2025-01-01"), d("2026-04-01"));
        LifetimeValue lifetime = new LifetimeValue(SETTINGS);
        FeatureExtractor extractor = new FeatureExtractor(history);
        double sum = 0;
        for (String id : List.of("C1", "C3")) {
            Customer c = history.customers().stream().filter(x -> x.id().value().equals(id)).findFirst().orElseThrow();
            // a probe invoice due on the decision day: the engine's features of the customer then
            InvoiceFeatures f = extractor.extract(new Invoice(new InvoiceId("probe"), c.id(), d("2026-03-18"),
                    d("2026-04-01"), Money.of(1), "SEK"), d("2026-04-01"));
            sum += lifetime.of(f.monthlyValue(), rules.unchasedPayShare(f), rules.remainingMonths(f));
        }
        assertThat(march(h.facts()).averageClv()).isCloseTo(sum / 2, within(0.006));
    }

    @Test
    void lifetimeValueReadsNothingAfterThePeriodEnd() {
        KpiHistory h = KpiHistory.march();
        double before = march(h.facts()).averageClv();
        h.payment("I6", "2026-04-02", 100).payment("I0", "2026-04-01", 100).customer("C4", "2026-04-01", null,
                org.smartdunning.history.CustomerType.PRIVATE, 50.0).invoice("I7", "C3", "2026-04-20", 500);
        assertThat(march(h.facts()).averageClv()).isEqualTo(before);
    }

    @Test
    void bySegmentSplitsEveryKpiByTheCustomersType() {
        KpiHistory h = KpiHistory.march();
        Map<String, KpiValues> rows = groups(h.facts(), KpiDimension.SEGMENT);
        assertThat(rows).containsOnlyKeys("all", "private", "business");
        KpiValues priv = rows.get("private");
        assertThat(priv.invoicesDue()).isEqualTo(3);
        assertThat(priv.paidOnTimeShare()).isEqualTo(0.3333);
        assertThat(priv.paidWithinHorizonShare()).isEqualTo(1.0);
        assertThat(priv.receivables()).as("I0, I2, I4, I6").isEqualTo(380.0);
        assertThat(priv.daysSalesOutstanding()).isEqualTo(42.1);
        assertThat(priv.smsReminders() + priv.letterReminders()).isEqualTo(2);
        assertThat(priv.inquiriesPer1000()).isEqualTo(333.33);
        assertThat(priv.activeCustomers()).isEqualTo(2);
        assertThat(priv.cashRecovered()).isEqualTo(100.0);
        KpiValues business = rows.get("business");
        assertThat(business.invoicesDue()).isEqualTo(1);
        assertThat(business.paidOnTimeShare()).isEqualTo(0.0);
        assertThat(business.daysSalesOutstanding()).as("nothing invoiced in March").isNull();
        assertThat(business.emailReminders()).isEqualTo(1);
        assertThat(business.collectionCases()).isEqualTo(1);
        assertThat(business.churnedCustomers()).isEqualTo(1);
        assertThat(business.averageClv()).as("no business customer left").isNull();
        assertThat(business.cashRecovered()).isEqualTo(30.0);
        assertThat(business.dunningCost()).isEqualTo(40.05);
    }

    @Test
    void byArmPolicyAndStageTheInvoicesLatestFactNamesTheGroup() {
        KpiHistory h = KpiHistory.march();
        h.event("I1", "2026-03-06", org.smartdunning.history.DunningAction.NONE, 0, "fee-test", "none");
        h.decision("I3", "2026-03-10", "history-rules", "1").decision("I3", "2026-03-17", "learned-outcomes", "7")
                .decision("I3", "2026-04-02", "learned-outcomes", "8");
        h.stage("I2", "2026-03-20", "reminder").stage("I2", "2026-03-29", "final");
        Map<String, KpiValues> arms = groups(h.facts(), KpiDimension.ARM);
        assertThat(arms).containsOnlyKeys("all", "fee-test/none", "(no experiment)");
        assertThat(arms.get("fee-test/none").invoicesDue()).isEqualTo(1);
        assertThat(arms.get("(no experiment)").invoicesDue()).isEqualTo(3);
        Map<String, KpiValues> policies = groups(h.facts(), KpiDimension.POLICY);
        assertThat(policies).as("the decision after the period does not count").containsOnlyKeys("all",
                "learned-outcomes 7", "(no decision)");
        assertThat(policies.get("learned-outcomes 7").collectionCases()).isEqualTo(1);
        assertThat(policies.get("learned-outcomes 7").churnedCustomers()).as("C2's latest invoice is I3").isEqualTo(1);
        Map<String, KpiValues> stages = groups(h.facts(), KpiDimension.STAGE);
        assertThat(stages.get("final").letterReminders() + stages.get("final").smsReminders()).isEqualTo(2);
        assertThat(stages.get("(no stage)").invoicesDue()).isEqualTo(3);
    }

    @Test
    void noticesOnOrBeforeTheDueDateCountByChannelAndAddTheirCost() {
        KpiHistory h = KpiHistory.march();
        // I2 falls due on 2026-03-15: a nudge three days before and one on the day count; the stage that sent the
        // SMS reminder after the due date is a dunning event already; I6's nudge falls in April
        h.stage("I2", "2026-03-12", "friendly", DunningAction.SMS).stage("I2", "2026-03-15", "nudge", DunningAction.EMAIL)
                .stage("I2", "2026-03-20", "reminder", DunningAction.SMS)
                .stage("I1", "2026-03-02", "friendly", DunningAction.LETTER)
                .stage("I6", "2026-04-02", "friendly", DunningAction.SMS);
        KpiValues withNotices = groups(h.facts(), null).get("all");
        KpiValues without = groups(KpiHistory.march().facts(), null).get("all");

        assertThat(withNotices.smsNotices()).isEqualTo(1);
        assertThat(withNotices.emailNotices()).isEqualTo(1);
        assertThat(withNotices.letterNotices()).isEqualTo(1);
        assertThat(withNotices.notices()).isEqualTo(3);
        assertThat(withNotices.smsReminders()).as("reminders stay the dunning events").isEqualTo(without.smsReminders());
        assertThat(withNotices.dunningCost()).isCloseTo(without.dunningCost() + 0.60 + 0.05 + 11.00, within(1e-9));
    }

    @Test
    void monthlyRowsCutThePeriodIntoCalendarMonths() {
        List<KpiRow> rows = new KpiCalculator(SETTINGS).rows(KpiHistory.march().facts(),
                new KpiPeriod(d("2026-02-15"), d("2026-03-31")), KpiGrouping.MONTHS);
        assertThat(rows).extracting(KpiRow::from, KpiRow::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2026-02-15"), d("2026-02-28")),
                org.assertj.core.groups.Tuple.tuple(d("2026-03-01"), d("2026-03-31")));
        assertThat(rows.get(0).values().invoicesDue()).as("I5").isEqualTo(1);
        assertThat(rows.get(0).values().paidOnTime()).isZero();
        assertThat(rows.get(1).values()).isEqualTo(march(KpiHistory.march().facts()));
    }

    @Test
    void groupingIsReadFromTheCommandLinesWords() {
        assertThat(KpiGrouping.parse("month")).isEqualTo(KpiGrouping.MONTHS);
        assertThat(KpiGrouping.parse("arm")).isEqualTo(new KpiGrouping(false, KpiDimension.ARM));
        assertThat(KpiGrouping.parse("month, policy").key()).isEqualTo("month,policy");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KpiGrouping.parse("arm,stage"))
                .hasMessageContaining("--by takes month");
    }

    static Map<String, KpiValues> groups(KpiFacts facts, KpiDimension dimension) {
        return new KpiCalculator(SETTINGS).rows(facts, MARCH, new KpiGrouping(false, dimension)).stream()
                .collect(Collectors.toMap(KpiRow::group, KpiRow::values, (a, b) -> a, java.util.LinkedHashMap::new));
    }

}
