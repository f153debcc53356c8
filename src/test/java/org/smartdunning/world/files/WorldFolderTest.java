package org.smartdunning.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.world.WorldPresets;

class WorldFolderTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-06-01");
    private static final List<String> FILES = List.of("as_of", "business.properties", "batch.csv", "truth.csv",
            "history/customers.csv", "history/invoices.csv", "history/payments.csv",
            "history/dunning_events.csv", "history/inquiries.csv");

    @TempDir
    static Path tmp;
    static Path world;

    @BeforeAll
    static void generate() throws IOException {
        world = tmp.resolve("a");
        WorldFolder.generate(world, WorldPresets.named("costly-collection"), AS_OF, 42, 3_000);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("b");
        Path other = tmp.resolve("c");
        WorldFolder.generate(again, WorldPresets.named("costly-collection"), AS_OF, 42, 3_000);
        WorldFolder.generate(other, WorldPresets.named("costly-collection"), AS_OF, 43, 3_000);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(world.resolve(file)));
        }
        assertThat(Files.readAllBytes(other.resolve("history/invoices.csv")))
                .isNotEqualTo(Files.readAllBytes(world.resolve("history/invoices.csv")));
    }

    @Test
    void theBatchIsExactlyTheInvoicesDueFourteenDaysAgoAndStillUnpaid() throws IOException {
        Set<String> paidBeforeAsOf = rows("history/payments.csv").stream()
                .filter(p -> LocalDate.parse(p.get("paid_on")).isBefore(AS_OF))
                .map(p -> p.get("invoice_id")).collect(Collectors.toSet());
        Set<String> expected = rows("history/invoices.csv").stream()
                .filter(i -> LocalDate.parse(i.get("due_on")).equals(AS_OF.minusDays(14)))
                .map(i -> i.get("invoice_id")).filter(id -> !paidBeforeAsOf.contains(id)).collect(Collectors.toSet());
        List<Map<String, String>> batch = rows("batch.csv");
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(batch).allSatisfy(b -> assertThat(b.get("decide_on")).isEqualTo(AS_OF.toString()));
        assertThat(batch.stream().map(b -> b.get("invoice_id")).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(rows("truth.csv").stream().map(t -> t.get("invoice_id")).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(Files.readString(world.resolve("as_of")).trim()).isEqualTo("2026-06-01");
    }

    @Test
    void noHistoryRowIsDatedOnOrAfterTheRunDate() throws IOException {
        Map<String, List<String>> dateColumns = Map.of(
                "history/customers.csv", List.of("created_on", "ended_on"),
                "history/invoices.csv", List.of("issued_on"),
                "history/payments.csv", List.of("paid_on"),
                "history/dunning_events.csv", List.of("occurred_on"),
                "history/inquiries.csv", List.of("occurred_on"));
        dateColumns.forEach((file, columns) -> {
            List<Map<String, String>> rows = rows(file);
            assertThat(rows).as(file).isNotEmpty();
            for (Map<String, String> row : rows) {
                for (String column : columns) {
                    String value = row.get(column);
                    if (!value.isEmpty()) {
                        assertThat(LocalDate.parse(value)).as(file + " " + column).isBefore(AS_OF);
                    }
                }
            }
        });
    }

    @Test
    void historyRowsFollowTheContract() {
        List<Map<String, String>> customers = rows("history/customers.csv");
        assertThat(customers).allSatisfy(c -> {
            assertThat(c.get("type")).isIn("private", "business");
            assertThat(c.get("birth_year").isEmpty() || c.get("type").equals("private")).isTrue();
            assertThat(c.get("phone")).matches("(\\+\\d{8,14})?");
        });
        Set<String> ids = new HashSet<>();
        Map<String, Long> byAction = new HashMap<>();
        for (Map<String, String> e : rows("history/dunning_events.csv")) {
            byAction.merge(e.get("action") + "/" + e.get("channel"), 1L, Long::sum);
            assertThat(ids.add(e.get("invoice_id"))).isTrue();
            if (e.get("experiment").isEmpty()) {
                assertThat(e).containsEntry("action", "collection").containsEntry("channel", "agency")
                        .containsEntry("arm", "").containsEntry("propensity", "1");
            }
            if (e.get("action").equals("reminder") && e.get("channel").equals("letter")) {
                assertThat(e.get("fee")).isEqualTo("60.00");
            }
        }
        assertThat(byAction.keySet()).contains("none/", "reminder/sms", "reminder/email", "reminder/letter", "collection/agency");
        List<Map<String, String>> inquiries = rows("history/inquiries.csv");
        assertThat(inquiries).anySatisfy(q -> assertThat(q.get("topic")).isEqualTo("invoice"));
        assertThat(inquiries).anySatisfy(q -> assertThat(q.get("topic")).isNotEqualTo("invoice"));
    }

    @Test
    void businessPropertiesHoldTheWorldsEconomics() {
        assertThat(BusinessSettingsFile.read(world.resolve("business.properties")))
                .isEqualTo(WorldPresets.named("costly-collection").business());
        assertThat(WorldPresets.named("costly-collection").business().costCollection()).isEqualTo(120.0);
    }

    private static List<Map<String, String>> rows(String file) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(world.resolve(file));
             Stream<NamedCsvRecord> stream = reader.stream()) {
            return stream.map(NamedCsvRecord::getFieldsAsMap).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
