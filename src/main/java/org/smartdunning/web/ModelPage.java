package org.smartdunning.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.port.SavedModel;
import org.smartdunning.bootstrap.CreditorService;

/**
 * The model report: the creditor's models, and one model's figures as saved with it (the models
 * API's report): training rows, calibration plots, feature importances and the off-policy table.
 */
final class ModelPage implements PageHandler {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** The newest model's report, or the note that none was trained yet. */
    Page newest(Context ctx, CreditorService creditor) {
        List<SavedModel> models = sorted(creditor);
        return models.isEmpty() ? Page.of("models", "Model report", Menu.MODELS, Map.of("models", List.of()))
                : report(creditor, models, models.get(0));
    }

    @Override
    public Page render(Context ctx, CreditorService creditor) {
        String id = ctx.pathParam("model");
        List<SavedModel> models = sorted(creditor);
        return report(creditor, models, models.stream().filter(m -> m.trainingKey().equals(id)).findFirst()
                .orElseThrow(() -> PageProblem.notFound("model '" + id + "'")));
    }

    /** A model in the list. */
    record Listed(String id, String href, String name, String version, String trainedFrom, String trainedUntil,
                  String createdAt, boolean shown) {
    }

    private static List<SavedModel> sorted(CreditorService creditor) {
        return creditor.models().saved().stream().sorted(Comparator.comparing(SavedModel::createdAt).reversed()).toList();
    }

    private static Page report(CreditorService creditor, List<SavedModel> models, SavedModel shown) {
        JsonNode metrics = metrics(creditor.models().metrics(shown.trainingKey()).orElse("{}"));
        Map<String, Object> values = new HashMap<>();
        values.put("models", models.stream().map(m -> new Listed(m.trainingKey(), Menu.MODELS.href() + "/"
                + m.trainingKey(), m.name(), m.version(), m.trainedFrom().toString(), m.trainedUntil().toString(),
                m.createdAt().toString(), m == shown)).toList());
        values.put("shown", shown.trainingKey());
        values.put("trainingRows", Figures.count(metrics.path("training_rows").asLong()).text());
        values.put("randomisedRows", Figures.count(metrics.path("randomised_complete_rows").asLong()).text());
        List<ChartTable.Row> perAction = new ArrayList<>();
        metrics.path("rows_per_action").properties().forEach(e -> perAction.add(new ChartTable.Row(
                PlainWords.action(e.getKey()), List.of(Figures.count(e.getValue().asLong())))));
        values.put("rowsPerAction", new ChartTable("rows-per-action", "Training rows per action", "hbar", false,
                "Action", List.of("Rows"), perAction));
        values.put("calibration", calibration(metrics.path("calibration")));
        values.put("importance", importance(metrics.path("feature_importance")));
        values.put("offPolicy", offPolicy(metrics.path("off_policy")));
        values.put("differences", differences(metrics.path("off_policy_differences")));
        return Page.of("models", "Model report", Menu.MODELS, values);
    }

    /** Per outcome, predicted against observed per bin, one series per action: on the diagonal when calibrated. */
    private static List<ChartTable> calibration(JsonNode rows) {
        Map<String, List<ChartTable.Row>> byOutcome = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            byOutcome.computeIfAbsent(row.path("outcome").asText(), o -> new ArrayList<>()).add(new ChartTable.Row(
                    PlainWords.action(row.path("action").asText()), List.of(Figures.share(number(row, "predicted")),
                    Figures.share(number(row, "observed")), Figures.count(row.path("bin").asLong() + 1),
                    Figures.count(row.path("n").asLong()))));
        }
        List<ChartTable> tables = new ArrayList<>();
        byOutcome.forEach((outcome, list) -> tables.add(new ChartTable("calibration-" + outcome, "Calibration of P("
                + outcome + "): predicted against observed share, per bin of predictions", "scatter", true, "Action",
                List.of("Predicted", "Observed", "Bin", "Rows"), list, "0,1")));
        return tables;
    }

    /** Per outcome model, the features it leans on most, by share of split gain. */
    private static List<ChartTable> importance(JsonNode byOutcome) {
        List<ChartTable> tables = new ArrayList<>();
        byOutcome.properties().forEach(e -> {
            List<ChartTable.Row> rows = new ArrayList<>();
            for (JsonNode f : e.getValue()) {
                if (f.path("share").asDouble() <= 0) {
                    continue; // no split on it: a model with too few rows to split has none at all
                }
                rows.add(new ChartTable.Row(f.path("feature").asText(), List.of(Figures.share(number(f, "share")))));
            }
            tables.add(new ChartTable("importance-" + e.getKey(), "What the " + e.getKey() + " model leans on: share"
                    + " of split gain per feature", "hbar", true, "Feature", List.of("Share of gain"), rows));
        });
        return tables;
    }

    /** The off-policy estimates: each policy's value per invoice on the logged decisions, with 95% intervals. */
    private static ChartTable offPolicy(JsonNode estimates) {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (JsonNode e : estimates) {
            rows.add(new ChartTable.Row(e.path("policy").asText(), List.of(Figures.amount(number(e.path("dr"), "value")),
                    interval(e.path("dr")), interval(e.path("snips")), interval(e.path("ips")),
                    Figures.decimal(number(e, "effectiveSampleSize"), 1), Figures.count(e.path("n").asLong()),
                    Figures.Cell.of(e.path("note").asText(""), null))));
        }
        return new ChartTable("off-policy", "Off-policy value per invoice on the logged decisions (doubly robust,"
                + " self-normalised and plain importance weighting, 95% intervals)", "hbar", false, "Policy",
                List.of("Value (DR)", "DR interval", "SNIPS", "IPS", "Effective sample size", "Decisions", "Note"),
                rows, "0");
    }

    private static ChartTable differences(JsonNode differences) {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (JsonNode d : differences) {
            rows.add(new ChartTable.Row(d.path("policy").asText() + " against " + d.path("against").asText(),
                    List.of(Figures.amount(number(d.path("dr"), "value")), interval(d.path("dr")),
                            Figures.count(d.path("rows").asLong()), Figures.amount(number(d, "detectable")))));
        }
        return new ChartTable("off-policy-differences", "Paired differences in value per invoice (doubly robust)",
                null, false, "Comparison", List.of("Difference", "95% interval", "Decisions",
                        "Smallest difference it tells apart"), rows);
    }

    private static Figures.Cell interval(JsonNode estimate) {
        Double value = number(estimate, "value");
        return Figures.Cell.of(Figures.amount(value).text() + " (" + Figures.amount(number(estimate, "low")).text()
                + " to " + Figures.amount(number(estimate, "high")).text() + ")", value);
    }

    /** A saved figure; null when missing or not a number (NaN is saved as text). */
    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static JsonNode metrics(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved model's figures are not JSON", e);
        }
    }
}
