package org.smartdunning.application.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.xgboost.XgboostTrainer;

/** A training key names everything a model was learned from and by, the engine's build included. */
class TrainingKeyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void anotherBuildOfTheEngineNeverSharesAKey() {
        EngineBuild build = new EngineBuild("0.1.0", "0123456789ab");
        String key = key(build, "fingerprint", 1);

        assertThat(key(new EngineBuild("0.1.0", "0123456789ab"), "fingerprint", 1)).isEqualTo(key).hasSize(24);
        assertThat(key(new EngineBuild("0.1.0", "0123456789ac"), "fingerprint", 1)).as("another commit").isNotEqualTo(key);
        assertThat(key(new EngineBuild("0.1.0", "0123456789ab-dirty"), "fingerprint", 1))
                .as("uncommitted changes on the same commit").isNotEqualTo(key);
        assertThat(key(new EngineBuild("0.2.0", "0123456789ab"), "fingerprint", 1)).as("another version").isNotEqualTo(key);
        assertThat(key(build, "another history", 1)).isNotEqualTo(key);
        assertThat(key(build, "fingerprint", 2)).as("another seed").isNotEqualTo(key);
    }

    private static String key(EngineBuild build, String fingerprint, long seed) {
        return new TrainModels(null, new XgboostTrainer(), build, Clock.systemUTC(), new TrainListener() { })
                .trainingKey(fingerprint, DAY, BusinessSettings.DEFAULTS, seed);
    }
}
