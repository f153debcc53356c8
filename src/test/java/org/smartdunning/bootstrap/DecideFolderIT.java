package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.decide.FolderDecisions;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.Exploration;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/** Deciding a folder through the wired use case: typed results and progress events, no output to scrape. */
class DecideFolderIT {
    @TempDir
    Path temp;

    /** Keeps the events in order, as names with the figure that matters. */
    static final class Recorded implements DecideListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void imported(ImportReceipt receipt) {
            events.add("imported " + receipt.importId());
        }

        @Override
        public void historyLoaded(CreditorHistory history, double seconds) {
            events.add("loaded " + history.customerCount());
        }

        @Override
        public void batchHistoryLoaded(CreditorHistory history, double seconds) {
            events.add("loaded the batch's " + history.customerCount());
        }

        @Override
        public void trained(TrainedOutcomes trained, double seconds) {
            events.add("trained");
        }

        @Override
        public void saved(LearnedOutcomeModel model, String trainingKey) {
            events.add("saved " + trainingKey);
        }

        @Override
        public void savedModelUsed(LearnedOutcomeModel model, String trainingKey, double seconds) {
            events.add("reused " + trainingKey);
        }

        @Override
        public void thinActions(DecidingModel deciding, ColdStartExploration coldStart) {
            events.add("thin " + deciding.thinKeys());
        }

        @Override
        public void decided(DecisionRun run, double seconds) {
            events.add("decided " + run.decisions().size());
        }

        @Override
        public void decisionsWritten(Path file) {
            events.add("written " + file.getFileName());
        }
    }

    @Test
    void decidesTheBatchOnceAndReusesTheSavedModelTheSecondTime() throws Exception {
        Path data = temp.resolve("world");
        WorldFolder.generate(data, WorldPresets.named(WorldPresets.DEFAULT), LocalDate.of(2026, 6, 1), 11, 1500);
        DecisionSettings deciding = new DecisionSettings(1, new Exploration(1, 1),
                new ColdStartExploration(ColdStartExploration.DEFAULT_SHARE, ColdStartExploration.DEFAULT_MIN_LOGGED, 1));
        try (Database database = Database.open("jdbc:duckdb:" + temp.resolve("store.duckdb"), CreditorId.DEFAULT)) {
            Engine engine = Engine.on(database, Clock.systemUTC());
            Recorded first = new Recorded();
            FolderDecisions once = engine.decideFolder(deciding, ImportProgress.NONE, first)
                    .run(data, temp.resolve("decisions.csv"));
            Recorded second = new Recorded();
            FolderDecisions again = engine.decideFolder(deciding, ImportProgress.NONE, second)
                    .run(data, temp.resolve("again.csv"));

            int batch = once.folder().batch().size();
            assertThat(batch).isGreaterThan(20);
            assertThat(once.run().decisions()).hasSize(batch);
            assertThat(once.run().policy().label()).startsWith("history-rules");
            String key = first.events.stream().filter(e -> e.startsWith("saved ")).findFirst().orElseThrow().substring(6);
            assertThat(first.events).containsExactly("imported 1", "loaded 1500", "trained", "saved " + key,
                    "thin none sms email letter", "decided " + batch, "written decisions.csv");
            long batchCustomers = once.folder().batch().stream()
                    .map(item -> once.folder().history().invoice(item.invoiceId()).customerId()).distinct().count();
            assertThat(second.events).as("the same folder, day, settings and seed: nothing imported or trained again,"
                            + " and only the batch's customers read")
                    .containsExactly("imported 1", "reused " + key, "loaded the batch's " + batchCustomers,
                            "thin none sms email letter", "decided " + batch, "written again.csv");
            assertThat(batchCustomers).isLessThan(1500);
            assertThat(again.folder().whole()).isFalse();
            assertThat(again.run().decisions()).as("the batch's customers' history decides as the whole did")
                    .isEqualTo(once.run().decisions());
            assertThat(again.summary()).isEqualTo(once.summary());
            assertThatThrownBy(() -> again.folder().wholeHistory()).isInstanceOf(IllegalStateException.class);
        }
    }
}
