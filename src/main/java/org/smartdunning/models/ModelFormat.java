package org.smartdunning.models;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a saved model must match to be read back: the archive's format, the feature columns its
 * trees read (names, in order) and the boosting library that wrote them. A model that differs in
 * any of the three would score the wrong columns or be parsed differently, so it is never reused.
 *
 * @param format   {@link TrainOutcomeModels#FORMAT} when the model was saved
 * @param features the feature names, in the order of the trees' columns
 * @param library  the boosting library and its version, e.g. {@code xgboost4j 2.1.3}
 */
public record ModelFormat(String format, List<String> features, String library) {
    /** Provenance parameter holding {@link #signature()}, so a store can match it without reading the archive. */
    public static final String PARAMETER = "model_format";

    public ModelFormat {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(library, "library");
        features = List.copyOf(features);
    }

    /** The format this engine writes and reads with {@code trainer}. */
    public static ModelFormat current(TreeTrainer trainer) {
        return new ModelFormat(TrainOutcomeModels.FORMAT, FeatureSchema.names(), trainer.library());
    }

    /** One short line naming all three: the format, a digest of the feature names and the library. */
    public String signature() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", features).getBytes(StandardCharsets.UTF_8));
            return format + "/features-" + HexFormat.of().formatHex(digest, 0, 6) + "/" + library;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Fails, naming the model and what differs, unless a model saved in {@code saved} can be read as this format. */
    public void requireReadable(ModelFormat saved, String model) {
        String reason = null;
        if (!format.equals(saved.format())) {
            reason = "it was saved in format " + saved.format() + ", this engine reads format " + format;
        } else if (!features.equals(saved.features())) {
            reason = "its features differ from this engine's: " + firstDifference(saved.features());
        } else if (!library.equals(saved.library())) {
            reason = "it was written by " + saved.library() + ", this engine runs " + library;
        }
        if (reason != null) {
            throw new IllegalArgumentException("saved model " + model + " cannot be read: " + reason
                    + "; train a new one (dunning train)");
        }
    }

    private String firstDifference(List<String> saved) {
        for (int i = 0; i < Math.max(features.size(), saved.size()); i++) {
            String mine = i < features.size() ? features.get(i) : "(none)";
            String theirs = i < saved.size() ? saved.get(i) : "(none)";
            if (!mine.equals(theirs)) {
                return "column " + (i + 1) + " is " + theirs + " in the model, " + mine + " here";
            }
        }
        return "none";
    }
}
