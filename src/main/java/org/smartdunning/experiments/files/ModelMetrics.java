package org.smartdunning.experiments.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.models.CalibrationTable;
import org.smartdunning.models.FeatureImportance;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.policy.ReferencePolicy;

/**
 * The metrics saved with a model: training rows per action, calibration bins, off-policy estimates
 * and paired differences when made, the reference candidates', and the features each outcome model
 * leans on most. Kept beside the off-policy figures it writes rather than with the model archive, so
 * {@code models} does not depend on {@code experiments}.
 */
public final class ModelMetrics {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Features kept per outcome model in {@code feature_importance}, largest share of split gain first. */
    static final int IMPORTANT_FEATURES = 10;

    private ModelMetrics() {
    }

    /** @param reference the choice of the reference policy, with its candidates' estimates */
    public static String json(TrainedOutcomes trained, OffPolicyComparison.Report offPolicy, ReferenceChoice reference) {
        ObjectNode root = JSON.createObjectNode();
        root.put("training_rows", trained.trainingSet().examples().size());
        root.put("randomised_complete_rows", trained.trainingSet().completeRandomised().size());
        ObjectNode arms = root.putObject("rows_per_action");
        trained.model().arms().forEach((a, arm) -> arms.put(a.key(), arm.rows()));
        root.set("calibration", JSON.valueToTree(CalibrationTable.of(trained.model())));
        root.set("off_policy", JSON.valueToTree(offPolicy.estimates()));
        root.set("off_policy_differences", differences(offPolicy.differences()));
        root.set("reference_candidates", JSON.valueToTree(reference.estimates()));
        root.set("reference_differences", differences(reference.differences()));
        root.set("notes", JSON.valueToTree(trained.notes()));
        ObjectNode importance = root.putObject("feature_importance");
        FeatureImportance.of(trained.model(), IMPORTANT_FEATURES).forEach((outcome, ranked) -> {
            ArrayNode features = importance.putArray(outcome);
            ranked.forEach(f -> features.addObject().put("feature", f.getKey()).put("share", f.getValue()));
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model metrics: " + e.getMessage(), e);
        }
    }

    /** Per fixed action key, the smallest difference over the baseline its experiment tells apart, read back from {@link #json}. */
    public static Map<String, Double> detectable(String metrics) {
        Map<String, Double> byAction = new HashMap<>();
        try {
            for (JsonNode d : JSON.readTree(metrics).path("reference_differences")) {
                String policy = d.path("policy").asText();
                if (policy.startsWith(ReferencePolicy.ALWAYS) && d.path("detectable").isNumber()) {
                    byAction.put(policy.substring(ReferencePolicy.ALWAYS.length()), d.path("detectable").asDouble());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byAction;
    }

    private static ArrayNode differences(List<PairedDifference> differences) {
        ArrayNode array = JSON.createArrayNode();
        for (PairedDifference d : differences) {
            array.addObject().put("policy", d.policy()).put("against", d.against()).put("rows", d.rows())
                    .put("detectable", d.detectable()).set("dr", JSON.valueToTree(d.dr()));
        }
        return array;
    }
}
