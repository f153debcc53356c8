package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.port.SavedModel;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.application.train.TrainOnStore;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.ingest.events.FieldProblem;

/** The creditor's outcome models: trained on its store (synchronously), listed, and reported with their figures. */
final class ModelRoutes {
    /** A model as listed. */
    record ModelView(String modelId, String name, String version, String trainedFrom, String trainedUntil, long seed,
                     String parameters, String createdAt) {
        static ModelView of(SavedModel m) {
            return new ModelView(m.trainingKey(), m.name(), m.version(), m.trainedFrom().toString(),
                    m.trainedUntil().toString(), m.seed(), m.parameters(), m.createdAt().toString());
        }

        /** Chronological whatever the instant's text looks like ({@code …:00Z} and {@code …:00.5Z}). */
        String sortKey() {
            java.time.Instant at = java.time.Instant.parse(createdAt);
            return String.format("%019d%09d|%s", at.getEpochSecond(), at.getNano(), modelId);
        }
    }

    /** A model with the figures it was judged by: training rows, calibration, the off-policy table. */
    record ModelReport(ModelView model, JsonNode metrics) {
    }

    void register(Routing routing) {
        routing.creditor(POST, "/v1/models", (ctx, creditor) -> {
            long seed = creditor.deciding().seed();
            if (!ctx.body().isBlank()) {
                List<FieldProblem> problems = new ArrayList<>();
                String text = ApiJson.text(ApiJson.object(ctx.body()), "seed", "", problems);
                if (text != null) {
                    try {
                        seed = Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        problems.add(new FieldProblem("seed", "must be a whole number"));
                    }
                }
                if (!problems.isEmpty()) {
                    throw ApiProblem.invalid(problems);
                }
            }
            creditor.claimFor("api train");
            TrainOnStore.Trained trained = creditor.trainOnStore(new TrainListener() { })
                    .train(BusinessSettings.DEFAULTS, seed, creditor.deciding().exploration());
            creditor.historyOrModelsChanged();
            return ApiResponse.created(report(creditor.models().saved().stream()
                    .filter(m -> m.trainingKey().equals(trained.trainingKey())).findFirst().orElseThrow(),
                    creditor.models().metrics(trained.trainingKey()).orElse("{}")));
        });
        routing.creditor(GET, "/v1/models", (ctx, creditor) -> {
            List<ModelView> models = creditor.models().saved().stream().map(ModelView::of)
                    .sorted(java.util.Comparator.comparing(ModelView::sortKey)).toList();
            return ApiResponse.ok(Page.of(ctx, models, ModelView::sortKey));
        });
        routing.creditor(GET, "/v1/models/{model}", (ctx, creditor) -> {
            String id = ctx.pathParam("model");
            SavedModel model = creditor.models().saved().stream().filter(m -> m.trainingKey().equals(id)).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("model '" + id + "'"));
            return ApiResponse.ok(report(model, creditor.models().metrics(id).orElse("{}")));
        });
    }

    private static ModelReport report(SavedModel model, String metrics) {
        try {
            return new ModelReport(ModelView.of(model), ApiJson.MAPPER.readTree(metrics));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved model's figures are not JSON", e);
        }
    }
}
