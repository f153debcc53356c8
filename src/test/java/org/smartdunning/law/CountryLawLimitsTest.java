package org.smartdunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.history.DunningAction.COLLECTION;
import static org.smartdunning.history.DunningAction.EMAIL;
import static org.smartdunning.history.DunningAction.LETTER;
import static org.smartdunning.history.DunningAction.SMS;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartdunning.history.Money;
import org.smartdunning.law.files.CountryRulesFile;

/**
 * Every legal limit of the bundled SE, NO and DE rule packs, each with a step just inside it (no violation) and
 * one just outside it (exactly that violation).
 */
class CountryLawLimitsTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();

    static Stream<Arguments> limits() {
        return Stream.of(
                // Sweden: Lag (1981:739), inkassolagen
                limit("SE", "reminder_fee_cap", Steps.of(LETTER, 14).fee("60.00"), Steps.of(LETTER, 14).fee("60.01")),
                limit("SE", "fee_reminder_min_days_after_due", Steps.of(LETTER, 1).fee("60"), Steps.of(LETTER, 0).fee("60")),
                limit("SE", "collection_fee_cap", Steps.of(COLLECTION, 14).fee("180").payBy(8), Steps.of(COLLECTION, 14).fee("180.01").payBy(8)),
                limit("SE", "collection_min_days_after_due", Steps.of(COLLECTION, 1).payBy(8), Steps.of(COLLECTION, 0).payBy(8)),
                limit("SE", "collection_notice_min_days", Steps.of(COLLECTION, 20).payBy(8), Steps.of(COLLECTION, 20).payBy(7)),
                // Norway: inkassoforskriften, inkassoloven
                limit("NO", "reminder_fee_cap", Steps.of(LETTER, 14).fee("35").payBy(14), Steps.of(LETTER, 14).fee("35.01").payBy(14)),
                limit("NO", "fee_reminder_min_days_after_due", Steps.of(EMAIL, 14).fee("35").payBy(14), Steps.of(EMAIL, 13).fee("35").payBy(14)),
                limit("NO", "fee_reminders_max", Steps.of(LETTER, 40).fee("35").payBy(14).feeRemindersBefore(1, 20),
                        Steps.of(LETTER, 40).fee("35").payBy(14).feeRemindersBefore(2, 20)),
                limit("NO", "fee_reminder_min_pay_by_days", Steps.of(LETTER, 14).fee("35").payBy(14), Steps.of(LETTER, 14).fee("35").payBy(13)),
                limit("NO", "fee_reminder_min_days_between", Steps.of(LETTER, 30).fee("35").payBy(14).feeRemindersBefore(1, 14),
                        Steps.of(LETTER, 30).fee("35").payBy(14).feeRemindersBefore(1, 13)),
                limit("NO", "collection_fee_cap", Steps.of(COLLECTION, 30).payBy(14).noticeDaysAgo(14),
                        Steps.of(COLLECTION, 30).fee("0.01").payBy(14).noticeDaysAgo(14)),
                limit("NO", "collection_min_days_after_due", Steps.of(COLLECTION, 15).payBy(14).noticeDaysAgo(14),
                        Steps.of(COLLECTION, 14).payBy(14).noticeDaysAgo(14)),
                limit("NO", "collection_notice_min_days", Steps.of(COLLECTION, 30).payBy(14).noticeDaysAgo(14),
                        Steps.of(COLLECTION, 30).payBy(13).noticeDaysAgo(14)),
                limit("NO", "prior_notice_min_days", Steps.of(COLLECTION, 30).payBy(14).noticeDaysAgo(14),
                        Steps.of(COLLECTION, 30).payBy(14).noticeDaysAgo(13)),
                limit("NO", "prior_notice_min_days", Steps.of(COLLECTION, 30).payBy(14).noticeDaysAgo(20),
                        Steps.of(COLLECTION, 30).payBy(14)),
                limit("NO", "prior_notice_min_days", Steps.of(LETTER, 1).payBy(14).announcingCollection(),
                        Steps.of(LETTER, 1).payBy(13).announcingCollection()),
                // Germany: BGB §§ 286, 288, case law on Mahnkosten, RDG § 13e
                limit("DE", "reminder_fee_cap", Steps.of(LETTER, 31).fee("2.50").business(), Steps.of(LETTER, 31).fee("2.51").business()),
                limit("DE", "fee_reminder_min_days_after_due", Steps.of(LETTER, 31).fee("2.50").business(), Steps.of(LETTER, 30).fee("2.50").business()),
                limit("DE", "fee_reminder_min_days_after_due", Steps.of(LETTER, 14).fee("2.50").remindersBefore(1),
                        Steps.of(LETTER, 60).fee("2.50")),
                limit("DE", "collection_fee_cap", Steps.of(COLLECTION, 31).business(), Steps.of(COLLECTION, 31).fee("1").business()),
                limit("DE", "collection_min_days_after_due", Steps.of(COLLECTION, 31).business(), Steps.of(COLLECTION, 30).business()),
                limit("DE", "collection_min_days_after_due", Steps.of(COLLECTION, 20).remindersBefore(1), Steps.of(COLLECTION, 90)));
    }

    static Arguments limit(String country, String rule, Steps inside, Steps outside) {
        return Arguments.of(country, rule, inside, outside);
    }

    @ParameterizedTest(name = "{0} {1}: {2} is allowed, {3} is not")
    @MethodSource("limits")
    void eachLimitAllowsTheStepInsideItAndFlagsTheStepOutside(String country, String rule, Steps inside, Steps outside) {
        CountryLaw law = LAWS.of(country).orElseThrow();
        assertThat(law.violations(inside.step())).isEmpty();
        assertThat(law.violations(outside.step())).extracting(LawViolation::rule).containsExactly(rule);
    }

    @Test
    void everyLimitThatACountrySetsHasItsCase() {
        List<String> covered = limits().map(a -> a.get()[0] + " " + a.get()[1]).distinct().toList();
        for (String country : LAWS.countries()) {
            CountryLaw law = LAWS.of(country).orElseThrow();
            List<String> active = Stream.of(
                    rule(LawRule.REMINDER_FEE_CAP, true),
                    rule(LawRule.FEE_REMINDER_MIN_DAYS_AFTER_DUE, law.minDaysAfterDueForFeeReminder() > 0),
                    rule(LawRule.FEE_REMINDERS_MAX, law.maxFeeRemindersPerInvoice() != CountryLaw.NO_LIMIT),
                    rule(LawRule.FEE_REMINDER_MIN_PAY_BY_DAYS, law.minPayByDaysForFeeReminder() > 0),
                    rule(LawRule.FEE_REMINDER_MIN_DAYS_BETWEEN, law.minDaysBetweenFeeReminders() > 0),
                    rule(LawRule.COLLECTION_FEE_CAP, true),
                    rule(LawRule.COLLECTION_MIN_DAYS_AFTER_DUE, law.minDaysAfterDueForCollection() > 0),
                    rule(LawRule.COLLECTION_NOTICE_MIN_DAYS, law.collectionNoticeMinDays() > 0),
                    rule(LawRule.PRIOR_NOTICE_MIN_DAYS, law.minNoticeDaysBeforeCollection() > 0))
                    .filter(r -> r != null).map(r -> country + " " + r).toList();
            assertThat(covered).as("limits of " + country).containsAll(active);
        }
    }

    private static String rule(LawRule rule, boolean set) {
        return set ? rule.key() : null;
    }

    @Test
    void messageNamesTheLimitTheCountryAndTheSource() {
        CountryLaw se = LAWS.of("SE").orElseThrow();
        assertThat(se.violations(Steps.of(LETTER, 14).fee("80").step())).containsExactly(new LawViolation("reminder_fee_cap",
                "reminder fee 80.00 exceeds the SE cap of 60.00 (Lag (1981:739) om ersättning för inkassokostnader m.m. 4 § andra stycket 1)"));
        CountryLaw no = LAWS.of("NO").orElseThrow();
        assertThat(no.violations(Steps.of(COLLECTION, 30).payBy(14).step())).extracting(LawViolation::message).containsExactly(
                "collection with no earlier notice announcing it; NO requires one at least 14 days before (inkassoloven § 9)");
        CountryLaw de = LAWS.of("DE").orElseThrow();
        assertThat(de.violations(Steps.of(LETTER, 40).fee("2.50").step())).extracting(LawViolation::message).containsExactly(
                "fee-bearing reminder to a consumer on day 40 after due with no earlier reminder; DE allows it only once the"
                        + " debtor is in default, for a consumer after an earlier reminder (BGB § 286, only once the debtor is in default)");
    }

    @Test
    void severalBreachesOfOneStepAreAllReported() {
        CountryLaw no = LAWS.of("NO").orElseThrow();
        assertThat(no.violations(Steps.of(LETTER, 5).fee("70").payBy(7).step())).extracting(LawViolation::rule)
                .containsExactly("reminder_fee_cap", "fee_reminder_min_days_after_due", "fee_reminder_min_pay_by_days");
    }

    @Test
    void remindersWithoutFeeAndDoingNothingAreAlwaysAllowed() {
        for (String country : LAWS.countries()) {
            CountryLaw law = LAWS.of(country).orElseThrow();
            assertThat(law.violations(Steps.of(SMS, -3).step())).isEmpty();
            assertThat(law.violations(Steps.of(org.smartdunning.history.DunningAction.NONE, 0).fee("0").step())).isEmpty();
        }
    }

    @Test
    void theSevenFactStepAssumesOnlyItsFeeRemindersWereSent() {
        CountryLaw se = LAWS.of("SE").orElseThrow();
        assertThat(se.violations(new LegalStep(LETTER, 14, Money.parse("60"), 10, DebtorKind.CONSUMER, 0, -1))).isEmpty();
        CountryLaw no = LAWS.of("NO").orElseThrow();
        // the day of the earlier fee reminder is unknown, so Norway's 14 days between them cannot be shown
        assertThat(no.violations(new LegalStep(LETTER, 40, Money.parse("35"), 14, DebtorKind.CONSUMER, 1, -1)))
                .extracting(LawViolation::rule).containsExactly("fee_reminder_min_days_between");
    }
}
