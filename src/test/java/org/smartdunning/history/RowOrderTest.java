package org.smartdunning.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowOrderTest {
    @Test
    void sortsStablyWhateverTheInputsOrder() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 400; round++) {
            int n = random.nextInt(1, 300);
            int[] key = new int[n];
            int shape = round % 4;
            for (int i = 0; i < n; i++) {
                key[i] = switch (shape) {
                    case 0 -> random.nextInt(n / 4 + 1); // many ties
                    case 1 -> i / 3; // already in order, ties included
                    case 2 -> n - i; // reversed
                    default -> i + (random.nextInt(10) == 0 ? random.nextInt(-20, 20) : 0); // nearly in order
                };
            }
            // the first row stays out of the sorted range, which must be sorted in place
            int from = n > 1 ? 1 : 0;
            int[] rows = new int[n];
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows[i] = i;
                expected.add(i);
            }
            expected.subList(from, n).sort(Comparator.comparingInt(i -> key[i])); // List.sort is stable
            RowOrder.sort(rows, from, n, (a, b) -> Integer.compare(key[a], key[b]));
            List<Integer> actual = new ArrayList<>();
            for (int row : rows) {
                actual.add(row);
            }
            assertThat(actual).as("round %d, shape %d", round, shape).isEqualTo(expected);
        }
    }
}
