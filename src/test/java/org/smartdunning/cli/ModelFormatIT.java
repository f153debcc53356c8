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
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.models.xgboost.XgboostTrainer;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcModelStore;

/** A model trained by {@code train} records its format, features and library; reading checks them, the store matches them. */
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
    void theStoreNeverHandsOutAModelOfAnotherFormat() {
        String signature = ModelFormat.current(new XgboostTrainer()).signature();
        try (Database db = Database.open(url, CreditorId.DEFAULT)) {
            JdbcModelStore store = new JdbcModelStore(db);
            long seed = 1;
            assertThat(store.latestTrainedBetween(TrainOutcomeModels.NAME, signature, seed, trainedUntil, trainedUntil))
                    .as("same name, seed, day and format").isPresent();
            assertThat(store.latestTrainedBetween(TrainOutcomeModels.NAME, "5/features-000000000000/xgboost4j 2.1.3", seed,
                    trainedUntil, trainedUntil)).as("another format on the same day").isEmpty();
            assertThat(store.latestTrainedBetween(TrainOutcomeModels.NAME, signature.substring(0, signature.length() - 1),
                    seed, trainedUntil, trainedUntil)).as("a prefix of the format is another format").isEmpty();
        }
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
