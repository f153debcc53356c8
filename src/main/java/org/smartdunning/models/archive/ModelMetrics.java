package org.smartdunning.models.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.smartdunning.experiments.PolicyEstimate;
import org.smartdunning.models.CalibrationTable;
import org.smartdunning.models.TrainedOutcomes;

/** The metrics saved with a model: training rows per action, calibration bins, off-policy estimates when made and the reference candidates'. */
public final class ModelMetrics {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelMetrics() {
    }

    /** @param referenceCandidates the candidates for the reference policy, as estimated when it was chosen */
    public static String json(TrainedOutcomes trained, List<PolicyEstimate> offPolicy,
                              List<PolicyEstimate> referenceCandidates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("training_rows", trained.trainingSet().examples().size());
        root.put("randomised_complete_rows", trained.trainingSet().completeRandomised().size());
        ObjectNode arms = root.putObject("rows_per_action");
        trained.model().arms().forEach((a, arm) -> arms.put(a.key(), arm.rows()));
        root.set("calibration", JSON.valueToTree(CalibrationTable.of(trained.model())));
        root.set("off_policy", JSON.valueToTree(offPolicy));
        root.set("reference_candidates", JSON.valueToTree(referenceCandidates));
        root.set("notes", JSON.valueToTree(trained.notes()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model metrics: " + e.getMessage(), e);
        }
    }
}
