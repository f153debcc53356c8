package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.testing.HistoryBuilder;

class TrainingSetTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** {@code standard} collections of the standard process and {@code randomised} e-mails drawn with propensity 1/4. */
    static CreditorHistory history(int standard, int randomised) {
        HistoryBuilder b = new HistoryBuilder();
        for (int i = 0; i < standard + randomised; i++) {
            LocalDate due = LocalDate.of(2025, 1, 1).plusDays(i % 300);
            b.customer("C" + i, LocalDate.of(2023, 1, 1), true, true, 100).invoice("I" + i, "C" + i, due, 100);
            if (i < standard) {
                b.event("I" + i, due.plusDays(14), DunningAction.COLLECTION);
            } else {
                b.randomisedEvent("I" + i, due.plusDays(14), DunningAction.EMAIL, 0.25);
            }
        }
        return b.build();
    }

    static TrainingSet set(CreditorHistory h, StandardRowSample sample) {
        return TrainingSet.of(h, AS_OF, BusinessSettings.DEFAULTS, sample);
    }

    @Test
    void underTheCapEveryRowIsLearnedFromWithItsOwnPropensity() {
        TrainingSet set = set(history(40, 10), new StandardRowSample(40, 1));

        assertThat(set.examples()).hasSize(50);
        assertThat(set.loggedActions()).isEqualTo(50);
        assertThat(set.standardRows()).isEqualTo(40);
        assertThat(set.standardShare()).isEqualTo(1.0);
        assertThat(set.examples()).filteredOn(e -> !e.randomised()).allSatisfy(e -> assertThat(e.weight()).isEqualTo(1));
        assertThat(set.examples()).filteredOn(TrainingExample::randomised).allSatisfy(e -> assertThat(e.weight()).isEqualTo(4));
    }

    @Test
    void pastTheCapAShareOfTheStandardRowsStandsForAllOfThem() {
        TrainingSet set = set(history(2000, 60), new StandardRowSample(500, 1));

        assertThat(set.loggedActions()).isEqualTo(2060);
        assertThat(set.standardRows()).isEqualTo(2000);
        List<TrainingExample> standard = set.examples().stream().filter(e -> !e.randomised()).toList();
        assertThat(set.standardShare()).isEqualTo(standard.size() / 2000.0);
        // binomial(2000, 1/4): 500 expected, standard deviation 19.4
        assertThat(standard.size()).isBetween(420, 580);
        assertThat(standard).allSatisfy(e -> assertThat(e.weight()).isCloseTo(4, within(1e-9)));
        assertThat(set.examples()).filteredOn(TrainingExample::randomised).hasSize(60)
                .allSatisfy(e -> assertThat(e.weight()).isCloseTo(4, within(1e-9)));
    }

    @Test
    void theSameSeedKeepsTheSameRowsAndAnotherSeedOthers() {
        CreditorHistory h = history(2000, 0);

        Set<String> first = kept(set(h, new StandardRowSample(500, 1)));
        Set<String> again = kept(set(h, new StandardRowSample(500, 1)));
        Set<String> other = kept(set(h, new StandardRowSample(500, 2)));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void atLeastOneStandardRowIsLearnedFrom() {
        assertThatThrownBy(() -> new StandardRowSample(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private static Set<String> kept(TrainingSet set) {
        return set.examples().stream().map(e -> e.features().invoiceId().value()).collect(Collectors.toSet());
    }
}
