package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void behavesLikeAHashSetThroughManyRehashes() {
        IdSet ids = new IdSet(4);
        Set<String> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            String id = "INV" + random.nextInt(150_000) + (random.nextInt(50) == 0 ? "é" : "");
            assertThat(ids.add(id)).isEqualTo(reference.add(id));
        }
        assertThat(ids.size()).isEqualTo(reference.size());
        for (int i = 0; i < 160_000; i++) {
            String id = "INV" + i;
            assertThat(ids.contains(id)).isEqualTo(reference.contains(id));
        }
        assertThat(ids.contains("")).isFalse();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.contains("")).isTrue();
        // same hash code, different ids
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(ids.add("Aa")).isTrue();
        assertThat(ids.contains("BB")).isFalse();
        assertThat(ids.add("BB")).isTrue();
    }
}
