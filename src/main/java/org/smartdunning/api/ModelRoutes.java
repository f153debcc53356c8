package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.port.SavedModel;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.application.train.TrainOnStore;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.ingest.events.FieldProblem;

/** The creditor's outcome models: trained on its store (synchronously), listed, and reported with their figures. */
final class ModelRoutes {
    /** A model as listed; {@code live}: the one in use (champion and challenger). */
    record ModelView(String modelId, String name, String version, String trainedFrom, String trainedUntil, long seed,
                     String parameters, String createdAt, boolean live) {
        static ModelView of(SavedModel m, java.util.Optional<String> liveKey) {
            return new ModelView(m.trainingKey(), m.name(), m.version(), m.trainedFrom().toString(),
                    m.trainedUntil().toString(), m.seed(), m.parameters(), m.createdAt().toString(),
                    liveKey.filter(m.trainingKey()::equals).isPresent());
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

    /**
     * A newly trained model and the verdict on it: whether it went live ({@code first}, {@code promoted},
     * {@code forced}) or the live one stays ({@code kept}), and why, with the figures (NaN-free: null when absent).
     */
    record TrainedReport(ModelView model, JsonNode metrics, Promotion promotion) {
    }

    /** The champion-and-challenger verdict as the API answers it. */
    record Promotion(String outcome, boolean live, String champion, Double challengerValue, Double championValue,
                     Double difference, Double lowerBound, Double margin, Integer rows, String reason) {
        static Promotion of(PromotionVerdict v) {
            return new Promotion(v.outcome().word(), v.live(), v.champion().orElse(null),
                    v.challengerValue().map(e -> finite(e.dr().value())).orElse(null),
                    v.championValue().map(e -> finite(e.dr().value())).orElse(null),
                    v.difference().map(d -> finite(d.dr().value())).orElse(null),
                    v.difference().map(d -> finite(d.lowerBound())).orElse(null), finite(v.margin()),
                    v.difference().map(PairedDifference::rows).orElse(null), v.reason());
        }

        private static Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    void register(Routing routing) {
        routing.creditor(POST, "/v1/models", (ctx, creditor) -> {
            long seed = creditor.deciding().seed();
            boolean force = false;
            if (!ctx.body().isBlank()) {
                List<FieldProblem> problems = new ArrayList<>();
                ObjectNode body = ApiJson.object(ctx.body());
                JsonNode forced = body.get("force");
                if (forced != null && !forced.isNull()) {
                    if (forced.isBoolean()) {
                        force = forced.booleanValue();
                    } else {
                        problems.add(new FieldProblem("force", "must be true or false"));
                    }
                }
                String text = ApiJson.text(body, "seed", "", problems);
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
                    .train(BusinessSettings.DEFAULTS, seed, creditor.deciding(), force);
            creditor.historyOrModelsChanged();
            ModelReport report = report(creditor.models().saved().stream()
                    .filter(m -> m.trainingKey().equals(trained.trainingKey())).findFirst().orElseThrow(),
                    creditor.models().liveKey(), creditor.models().metrics(trained.trainingKey()).orElse("{}"));
            return ApiResponse.created(new TrainedReport(report.model(), report.metrics(),
                    Promotion.of(trained.promotion())));
        });
        routing.creditor(GET, "/v1/models", (ctx, creditor) -> {
            java.util.Optional<String> live = creditor.models().liveKey();
            List<ModelView> models = creditor.models().saved().stream().map(m -> ModelView.of(m, live))
                    .sorted(java.util.Comparator.comparing(ModelView::sortKey)).toList();
            return ApiResponse.ok(Page.of(ctx, models, ModelView::sortKey));
        });
        routing.creditor(GET, "/v1/models/{model}", (ctx, creditor) -> {
            String id = ctx.pathParam("model");
            SavedModel model = creditor.models().saved().stream().filter(m -> m.trainingKey().equals(id)).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("model '" + id + "'"));
            return ApiResponse.ok(report(model, creditor.models().liveKey(), creditor.models().metrics(id).orElse("{}")));
        });
    }

    private static ModelReport report(SavedModel model, java.util.Optional<String> liveKey, String metrics) {
        try {
            return new ModelReport(ModelView.of(model, liveKey), ApiJson.MAPPER.readTree(metrics));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved model's figures are not JSON", e);
        }
    }
}
