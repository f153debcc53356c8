package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.application.decide.FolderDecisions;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecisionColumns;
import org.smartdunning.policy.Exploration;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * A batch decided in parts of the customers, as the giant creditor's Spark job decides it, gives the
 * whole folder's decisions: each part holds only its customers' history and batch, the parts together
 * hold the whole, and with the model read back from its archive and the cold start drawn over the whole
 * batch every decision's columns equal {@code decide}'s.
 */
class DecideInPartsIT {
    static final int PARTS = 3;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T06:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path temp;

    @Test
    void partsOfTheCustomersTogetherDecideAsTheWholeFolder() throws Exception {
        Path data = temp.resolve("world");
        WorldFolder.generate(data, WorldPresets.named(WorldPresets.DEFAULT), LocalDate.of(2026, 6, 1), 11, 1500);
        DecisionSettings deciding = new DecisionSettings(3, new Exploration(1, 3),
                new ColdStartExploration(ColdStartExploration.DEFAULT_SHARE, ColdStartExploration.DEFAULT_MIN_LOGGED, 3));
        FolderDecisions whole;
        OutcomeModel model;
        Optional<LocalDate> firstOpenDay;
        try (Database database = Database.open("jdbc:duckdb:" + temp.resolve("whole.duckdb"), CreditorId.DEFAULT)) {
            Engine engine = Engine.on(database, CLOCK);
            Map<String, String> saved = new HashMap<>();
            whole = engine.decideFolder(deciding, ImportProgress.NONE, new DecideListener() {
                @Override
                public void saved(LearnedOutcomeModel learned, String trainingKey) {
                    saved.put("key", trainingKey);
                }
            }).run(data, temp.resolve("decisions.csv"));
            LearnedOutcomeModel trained = (LearnedOutcomeModel) engine.trainModels(new DecideListener() { })
                    .forDecisions(whole.folder(), deciding);
            HistoryRulesModel rules = (HistoryRulesModel) trained.fallback();
            model = Engine.readModel(engine.exportModel().of(saved.get("key")).orElseThrow().archive(),
                    new HistoryRulesModel(rules.rates(), rules.churnWindowMonths(), rules.provenance().trainedFrom(),
                            rules.provenance().trainedUntil()), rules.churnWindowMonths());
            firstOpenDay = DecidePart.firstOpenDay(whole.folder());
        }
        assertThat(DecidePart.drawsFirst(model, deciding)).as("thin actions are tried here").isTrue();

        List<LoadedFolder> parts = new ArrayList<>();
        for (int p = 0; p < PARTS; p++) {
            int part = p;
            try (Database database = Database.open("jdbc:duckdb:" + temp.resolve("part" + p + ".duckdb"), CreditorId.DEFAULT)) {
                parts.add(Engine.on(database, CLOCK).loadFolder(ImportProgress.NONE, new DecideListener() { })
                        .share(customer -> Math.floorMod(customer.value().hashCode(), PARTS) == part).load(data));
            }
        }
        assertPartsHoldTheirCustomersOnly(whole.folder(), parts);

        List<ColdStartExploration.Trial> trials = new ArrayList<>();
        for (LoadedFolder part : parts) {
            trials.addAll(new DecidePart(model, part.settings(), deciding, CLOCK).trials(part));
        }
        Map<String, ColdStartExploration.Draw> draws = DecidePart.draw(model, deciding, firstOpenDay.orElseThrow(), trials);
        Map<String, List<Object>> inParts = new HashMap<>();
        for (LoadedFolder part : parts) {
            new DecidePart(model, part.settings(), deciding, CLOCK).decide(part, draws).decisions()
                    .forEach(d -> inParts.put(d.invoiceId().value(), DecisionColumns.values(d)));
        }
        Map<String, List<Object>> expected = whole.run().decisions().stream()
                .collect(Collectors.toMap(d -> d.invoiceId().value(), DecisionColumns::values));
        assertThat(expected.values()).anySatisfy(d -> assertThat(d.toString()).contains("tried "));
        assertThat(inParts).isEqualTo(expected);
    }

    private static void assertPartsHoldTheirCustomersOnly(LoadedFolder whole, List<LoadedFolder> parts) {
        int customers = 0;
        int invoices = 0;
        int payments = 0;
        int inquiries = 0;
        int batch = 0;
        for (int p = 0; p < parts.size(); p++) {
            CreditorHistory history = parts.get(p).history();
            int part = p;
            Set<CustomerId> mine = history.customers().stream().map(Customer::id).collect(Collectors.toSet());
            assertThat(mine).isNotEmpty().allSatisfy(c -> assertThat(Math.floorMod(c.value().hashCode(), PARTS)).isEqualTo(part));
            assertThat(history.invoices()).allSatisfy(i -> assertThat(mine).contains(i.customerId()));
            for (CustomerId c : mine) {
                assertThat(history.invoicesOf(c)).isEqualTo(whole.history().invoicesOf(c));
                assertThat(history.inquiriesOf(c)).isEqualTo(whole.history().inquiriesOf(c));
                history.invoicesOf(c).forEach(i -> {
                    assertThat(history.paymentsOf(i.id())).isEqualTo(whole.history().paymentsOf(i.id()));
                    assertThat(history.eventsOf(i.id())).isEqualTo(whole.history().eventsOf(i.id()));
                });
            }
            assertThat(parts.get(p).batch()).allSatisfy(item -> assertThat(mine)
                    .contains(history.invoice(item.invoiceId()).customerId()));
            customers += history.customerCount();
            invoices += history.invoiceCount();
            payments += history.paymentCount();
            inquiries += history.inquiryCount();
            batch += parts.get(p).batch().size();
        }
        assertThat(List.of(customers, invoices, payments, inquiries, batch)).isEqualTo(List.of(
                whole.history().customerCount(), whole.history().invoiceCount(), whole.history().paymentCount(),
                whole.history().inquiryCount(), whole.batch().size()));
    }
}
