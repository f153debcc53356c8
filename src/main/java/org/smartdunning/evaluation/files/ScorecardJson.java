package org.smartdunning.evaluation.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.smartdunning.evaluation.Scorecard;
import org.smartdunning.evaluation.ScorecardRow;
import org.smartdunning.evaluation.TargetCheck;

/** Writes a {@link Scorecard} as JSON: the run's settings, a row per world × seed and the target checks. */
public final class ScorecardJson {
    private ScorecardJson() {
    }

    /** What the scorecard ran on, written next to its figures. */
    /** @param experimentShare share of customers in each world's experiment; null for each world's own */
    public record Settings(List<String> worlds, List<Long> seeds, int customers, String asOf, Double experimentShare) {
    }

    public record Document(Settings settings, boolean allTargetsMet, List<TargetCheck> targets, List<ScorecardRow> rows) {
    }

    public static void write(Path file, Settings settings, Scorecard card) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(),
                new Document(settings, card.allTargetsMet(), card.targets(), card.rows()));
    }
}
