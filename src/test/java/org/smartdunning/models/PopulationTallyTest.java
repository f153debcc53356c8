package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.DunningAction;
import org.smartdunning.testing.HistoryBuilder;

class PopulationTallyTest {
    static final LocalDate D = LocalDate.of(2026, 6, 1);

    @Test
    void theCountsOfTwoSharesOfTheCustomersGiveTheWholeHistorysRates() {
        PopulationTally good = PopulationTally.count(good(new HistoryBuilder()).build(), D, 90);
        PopulationTally late = PopulationTally.count(late(new HistoryBuilder()).build(), D, 90);
        PopulationRates whole = PopulationRates.measure(late(good(new HistoryBuilder())).build(), D, 90);

        assertThat(good.plus(late).rates()).isEqualTo(whole);
        // the shares differ, so neither alone gives the whole's rates
        assertThat(good.rates().payShare()).isNotEqualTo(whole.payShare());
        assertThat(late.rates().onTimeShare()).isNotEqualTo(whole.onTimeShare());
        assertThat(good.plus(late).customers()).isEqualTo(2);
    }

    private static HistoryBuilder good(HistoryBuilder b) {
        b.customer("GOOD", LocalDate.of(2024, 1, 1), true, true, 100);
        for (int m = 1; m <= 6; m++) {
            LocalDate due = LocalDate.of(2025, m, 18);
            b.invoice("G" + m, "GOOD", due, 100).payment("G" + m, due, 100);
        }
        return b;
    }

    private static HistoryBuilder late(HistoryBuilder b) {
        b.customer("LATE", LocalDate.of(2024, 6, 1), true, false, 40);
        for (int m = 1; m <= 6; m++) {
            LocalDate due = LocalDate.of(2025, m, 3);
            b.invoice("L" + m, "LATE", due, 80).event("L" + m, due.plusDays(14), DunningAction.LETTER);
            if (m % 2 == 0) {
                b.payment("L" + m, due.plusDays(40), 80).inquiry("LATE", due.plusDays(20), "L" + m);
            }
        }
        return b;
    }
}
