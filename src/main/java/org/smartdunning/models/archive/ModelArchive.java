package org.smartdunning.models.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ArmModels;
import org.smartdunning.models.CrossFittedModel;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.LoggedSupport;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.Objective;
import org.smartdunning.models.PlattScaling;
import org.smartdunning.models.PopulationRates;
import org.smartdunning.models.PooledChurn;
import org.smartdunning.models.TreeModel;
import org.smartdunning.models.TreeTrainer;

/**
 * Writes a learned model as one ZIP: {@code manifest.json} (provenance, calibrations, arm sizes)
 * and each tree model in the boosting library's own format: per outcome the two cross-fitted halves
 * of the model all actions share, and per action its calibration. Reading needs the same library and
 * the fallback model, rebuilt from the history it is used on; the manifest also keeps the fallback's
 * rates of the training history ({@link #fallback}), so deciding on that same history needs none of it.
 */
public final class ModelArchive {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelArchive() {
    }

    /** The model as a ZIP, stamped with {@code trainer}'s format (the trainer that wrote its trees). */
    public static byte[] write(LearnedOutcomeModel model, TreeTrainer trainer) {
        ObjectNode manifest = JSON.createObjectNode();
        ModelProvenance p = model.provenance();
        manifest.put("name", p.name()).put("version", p.version()).put("seed", p.seed())
                .put("trained_from", String.valueOf(p.trainedFrom())).put("trained_until", String.valueOf(p.trainedUntil()));
        // in key order, not the map's order of the day: the same model, the same bytes
        manifest.set("parameters", JSON.valueToTree(new TreeMap<>(p.parameters())));
        ModelFormat format = ModelFormat.current(trainer);
        manifest.put("format", format.format()).put("library", format.library());
        manifest.set("features", JSON.valueToTree(format.features()));
        if (model.loggedSupport() != null) {
            manifest.set("logged_support", JSON.valueToTree(model.loggedSupport().counts()));
        }
        if (model.fallback() instanceof HistoryRulesModel rules) {
            manifest.set("fallback", fallback(rules));
        }
        Map<String, byte[]> trees = new HashMap<>();
        ObjectNode arms = manifest.putObject("arms");
        PooledChurn churn = null;
        for (ArmModels arm : model.arms().values()) {
            ObjectNode a = arms.putObject(arm.action().key()).put("rows", arm.rows());
            put(a, trees, "pay", arm.pay());
            put(a, trees, "inquiry", arm.inquiry());
            a.put("churn", arm.churn() != null);
            churn = arm.churn() != null ? arm.churn() : churn;
        }
        if (churn != null) {
            ObjectNode c = manifest.putObject("churn");
            c.set("calibration", JSON.valueToTree(keys(churn.calibration())));
            for (int h = 0; h < 2; h++) {
                trees.put("churn-" + h + ".ubj", churn.model().half(h).bytes());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // every entry dated the day the model learned until, not the time it was written
            LocalDateTime stamp = p.trainedUntil().atStartOfDay();
            entry(zip, "manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest), stamp);
            for (Map.Entry<String, byte[]> tree : new TreeMap<>(trees).entrySet()) {
                entry(zip, tree.getKey(), tree.getValue(), stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive model " + p.label(), e);
        }
        return bytes.toByteArray();
    }

    public static LearnedOutcomeModel read(byte[] archive, TreeTrainer trainer, HistoryRulesModel fallback,
                                          int churnWindowMonths) {
        Map<String, byte[]> entries = entries(archive);
        JsonNode m = manifest(entries);
        ModelFormat.current(trainer).requireReadable(savedFormat(m), m.path("name").asText() + "@"
                + m.path("version").asText());
        try {
            Map<String, String> parameters = new HashMap<>();
            m.get("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
            ModelProvenance provenance = new ModelProvenance(m.get("name").asText(), m.get("version").asText(),
                    LocalDate.parse(m.get("trained_from").asText()), LocalDate.parse(m.get("trained_until").asText()),
                    m.get("seed").asLong(), parameters);
            PooledChurn churn = null;
            if (m.has("churn")) {
                Map<DunningAction, Double> calibration = new EnumMap<>(DunningAction.class);
                Map<DunningAction, Boolean> learned = new EnumMap<>(DunningAction.class);
                m.get("churn").get("calibration").fields().forEachRemaining(e ->
                        calibration.put(DunningAction.ofKey(e.getKey()), e.getValue().asDouble()));
                m.get("arms").fields().forEachRemaining(e ->
                        learned.put(DunningAction.ofKey(e.getKey()), e.getValue().get("churn").asBoolean()));
                churn = PooledChurn.restore(CrossFittedModel.restore(Objective.POISSON, new TreeModel[] {
                    trainer.load(entries.get("churn-0.ubj")), trainer.load(entries.get("churn-1.ubj"))},
                        PlattScaling.IDENTITY), learned, calibration);
            }
            Map<DunningAction, ArmModels> arms = new EnumMap<>(DunningAction.class);
            Map<String, TreeModel[]> loaded = new HashMap<>();
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) () -> m.get("arms").fields()) {
                DunningAction action = DunningAction.ofKey(e.getKey());
                JsonNode a = e.getValue();
                arms.put(action, new ArmModels(action, get(a, entries, trainer, "pay", action, loaded),
                        a.get("churn").asBoolean() ? churn : null, get(a, entries, trainer, "inquiry", action, loaded),
                        a.get("rows").asInt()));
            }
            LoggedSupport support = m.has("logged_support")
                    ? LoggedSupport.restore(JSON.treeToValue(m.get("logged_support"), int[][].class)) : null;
            return new LearnedOutcomeModel(arms, fallback, churnWindowMonths, provenance, support);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a Smart Dunning model archive: " + e.getMessage(), e);
        }
    }

    /**
     * The history-rules fallback as trained beside the model, on the same history and day: empty for an
     * archive from before it was kept.
     */
    public static Optional<HistoryRulesModel> fallback(byte[] archive, int churnWindowMonths) {
        JsonNode f = manifest(entries(archive)).path("fallback");
        if (f.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode r = f.get("rates");
        Map<DunningAction, Double> inquiry = new EnumMap<>(DunningAction.class);
        r.get("inquiry_rate").fields().forEachRemaining(e -> inquiry.put(DunningAction.ofKey(e.getKey()),
                e.getValue().asDouble()));
        PopulationRates rates = new PopulationRates(r.get("monthly_churn_hazard").asDouble(), r.get("pay_share").asDouble(),
                r.get("on_time_share").asDouble(), r.get("left_alone_paid").asDouble(Double.NaN), inquiry,
                r.get("customers").asInt(), r.get("events").asInt());
        return Optional.of(new HistoryRulesModel(rates, churnWindowMonths, LocalDate.parse(f.get("history_from").asText()),
                LocalDate.parse(f.get("as_of").asText())));
    }

    private static ObjectNode fallback(HistoryRulesModel rules) {
        ObjectNode f = JSON.createObjectNode();
        f.put("history_from", String.valueOf(rules.provenance().trainedFrom()))
                .put("as_of", String.valueOf(rules.provenance().trainedUntil()));
        PopulationRates r = rules.rates();
        ObjectNode rates = f.putObject("rates").put("monthly_churn_hazard", r.monthlyChurnHazard())
                .put("pay_share", r.payShare()).put("on_time_share", r.onTimeShare());
        if (Double.isNaN(r.leftAlonePaid())) { // none left alone: JSON has no NaN
            rates.putNull("left_alone_paid");
        } else {
            rates.put("left_alone_paid", r.leftAlonePaid());
        }
        rates.set("inquiry_rate", JSON.valueToTree(keys(r.inquiryRate())));
        rates.put("customers", r.customers()).put("events", r.events());
        return f;
    }

    private static JsonNode manifest(Map<String, byte[]> entries) {
        try {
            return JSON.readTree(entries.get("manifest.json"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a Smart Dunning model archive: no readable manifest.json", e);
        }
    }

    /** The format the manifest records; archives from before format 6 record none. */
    private static ModelFormat savedFormat(JsonNode manifest) {
        java.util.List<String> features = new java.util.ArrayList<>();
        manifest.path("features").forEach(n -> features.add(n.asText()));
        return new ModelFormat(manifest.path("format").asText("5 or older (none recorded)"), features,
                manifest.path("library").asText("(none recorded)"));
    }

    /** The action's calibration; the shared halves once per outcome (every action's view holds the same trees). */
    private static void put(ObjectNode arm, Map<String, byte[]> trees, String outcome, CrossFittedModel model) {
        if (model == null) {
            return;
        }
        arm.putArray(outcome).add(model.calibration().a()).add(model.calibration().b());
        for (int h = 0; h < 2; h++) {
            TreeModel half = model.half(h);
            trees.computeIfAbsent(outcome + "-" + h + ".ubj", k -> half.bytes());
        }
    }

    private static CrossFittedModel get(JsonNode arm, Map<String, byte[]> entries, TreeTrainer trainer, String outcome,
                                        DunningAction action, Map<String, TreeModel[]> loaded) {
        if (!arm.has(outcome)) {
            return null;
        }
        TreeModel[] halves = loaded.computeIfAbsent(outcome, o -> new TreeModel[] {
            trainer.load(entries.get(o + "-0.ubj")), trainer.load(entries.get(o + "-1.ubj"))});
        return CrossFittedModel.restoreForAction(Objective.BINARY, halves, action,
                new PlattScaling(arm.get(outcome).get(0).asDouble(), arm.get(outcome).get(1).asDouble()));
    }

    private static Map<String, Double> keys(Map<DunningAction, Double> byAction) {
        Map<String, Double> out = new TreeMap<>();
        byAction.forEach((a, v) -> out.put(a.key(), v));
        return out;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, LocalDateTime stamp)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(stamp);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static Map<String, byte[]> entries(byte[] archive) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a Smart Dunning model archive: " + e.getMessage(), e);
        }
        return entries;
    }
}
