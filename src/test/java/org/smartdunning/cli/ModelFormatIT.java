package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartdunning.cli.CliRun.dunning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.models.xgboost.XgboostTrainer;
import org.smartdunning.store.Database;
import org.smartdunning.store.HistoryStore;
import org.smartdunning.store.JdbcModelStore;

/**
 * A model trained by {@code train} records its format, features, library and the engine's build; reading checks the
 * first three, the store matches the format and the build.
 */
class ModelFormatIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path temp;
    static String url;
    static byte[] saved;
    static LocalDate trainedUntil;

    @BeforeAll
    static void train() throws Exception {
        Path data = temp.resolve("data");
        url = "jdbc:duckdb:" + temp.resolve("models.duckdb");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "800", "--seed", "5").exit()).isZero();
        CliRun train = dunning("train", "--data", data.toString(), "--db", url);
        assertThat(train.exit()).as(train.err()).isZero();
        try (Database db = Database.open(url, CreditorId.DEFAULT); Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("select payload, trained_until from models");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            saved = rs.getBytes(1);
            trainedUntil = rs.getDate(2).toLocalDate();
        }
    }

    @Test
    void aSavedModelRecordsItsFormatAndIsReadBack() throws Exception {
        ObjectNode manifest = manifest(saved);
        ModelFormat current = ModelFormat.current(new XgboostTrainer());
        assertThat(manifest.get("format").asText()).isEqualTo(TrainOutcomeModels.FORMAT);
        assertThat(manifest.get("library").asText()).isEqualTo(current.library()).matches("xgboost4j \\d+\\.\\d+\\.\\d+");
        assertThat(manifest.get("features")).hasSize(current.features().size());
        assertThat(manifest.get("features").get(0).asText()).isEqualTo(current.features().get(0));
        assertThat(manifest.at("/parameters/" + ModelFormat.PARAMETER).asText()).isEqualTo(current.signature());

        assertThat(ModelArchive.read(saved, new XgboostTrainer(), null, 3).provenance().name())
                .isEqualTo(TrainOutcomeModels.NAME);
    }

    @Test
    void theSameModelIsTheSameBytes() throws Exception {
        List<String> keys = new ArrayList<>();
        manifest(saved).get("parameters").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("the parameters in key order, not a map's order of the day").isSorted().hasSizeGreaterThan(10);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(saved))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(trainedUntil.atStartOfDay());
            }
        }
    }

    @Test
    void aSavedModelKeepsTheHistoryRulesFallbackItsHistoryGives() throws Exception {
        HistoryRulesModel kept = ModelArchive.fallback(saved, 3).orElseThrow();

        CreditorHistory history;
        try (Database db = Database.open(url, CreditorId.DEFAULT)) {
            history = new HistoryStore(db).loadHistory();
        }
        HistoryRulesModel rebuilt = TrainOutcomeModels.fallback(history, trainedUntil,
                BusinessSettingsFile.read(temp.resolve("data/business.properties")));
        assertThat(kept.rates()).isEqualTo(rebuilt.rates());
        assertThat(kept.provenance()).isEqualTo(rebuilt.provenance());
        assertThat(kept.churnWindowMonths()).isEqualTo(3);
    }

    @Test
    void aModelOfAnotherFormatFeatureListOrLibraryIsRefusedWithTheReason() throws Exception {
        assertRefused(m -> m.put("format", "5"), "saved in format 5, this engine reads format " + TrainOutcomeModels.FORMAT);
        assertRefused(m -> m.remove("format"), "saved in format 5 or older (none recorded)");
        assertRefused(m -> {
            ArrayNode features = (ArrayNode) m.get("features");
            features.set(0, features.get(1).deepCopy());
        }, "its features differ from this engine's: column 1 is monthly_value in the model, amount here");
        assertRefused(m -> m.put("library", "xgboost4j 1.7.6"), "written by xgboost4j 1.7.6, this engine runs xgboost4j ");
    }

    @Test
    void theStoreNeverHandsOutAModelOfAnotherFormatOrBuild() {
        String format = ModelFormat.PARAMETER + "=" + ModelFormat.current(new XgboostTrainer()).signature();
        try (Database db = Database.open(url, CreditorId.DEFAULT)) {
            JdbcModelStore store = new JdbcModelStore(db);
            long seed = 1;
            JdbcModelStore.Row row = store.newestTrainedBetween(TrainOutcomeModels.NAME, List.of(format), seed,
                    trainedUntil, trainedUntil).orElseThrow(() -> new AssertionError("same name, seed, day and format"));
            Matcher build = Pattern.compile("(?:^|;)(" + EngineBuild.PARAMETER + "=[^;]+)").matcher(row.parameters());
            assertThat(build.find()).as(row.parameters()).isTrue();
            assertThat(build.group(1)).as("the build: the engine's version and the commit it was built from")
                    .matches(EngineBuild.PARAMETER + "=\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?@[0-9a-f]{12}(-dirty)?");
            String same = build.group(1);

            assertThat(newest(store, format, same)).as("same format and build").isPresent();
            assertThat(newest(store, format, EngineBuild.PARAMETER + "=0.1.0@000000000000"))
                    .as("the same format written by another build").isEmpty();
            assertThat(newest(store, ModelFormat.PARAMETER + "=5/features-000000000000/xgboost4j 2.1.3", same))
                    .as("another format on the same day").isEmpty();
            assertThat(newest(store, format.substring(0, format.length() - 1), same))
                    .as("a prefix of the format is another format").isEmpty();
            assertThat(newest(store, format, same.substring(0, same.length() - 1)))
                    .as("a prefix of the build is another build").isEmpty();
        }
    }

    private static Optional<JdbcModelStore.Row> newest(JdbcModelStore store, String... parameters) {
        return store.newestTrainedBetween(TrainOutcomeModels.NAME, List.of(parameters), 1, trainedUntil, trainedUntil);
    }

    private static void assertRefused(Consumer<ObjectNode> change, String reason) throws Exception {
        ObjectNode manifest = manifest(saved);
        change.accept(manifest);
        byte[] tampered = withManifest(saved, JSON.writeValueAsBytes(manifest));
        assertThatThrownBy(() -> ModelArchive.read(tampered, new XgboostTrainer(), null, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("saved model " + TrainOutcomeModels.NAME + "@")
                .hasMessageContaining(reason);
    }

    private static ObjectNode manifest(byte[] archive) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    return (ObjectNode) JSON.readTree(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no manifest");
    }

    private static byte[] withManifest(byte[] archive, byte[] manifest) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("manifest.json") ? manifest : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
