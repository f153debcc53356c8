package org.smartdunning.channels.agency;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.Recipient;
import org.smartdunning.channels.SampleMessages;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;

class AgencyHandoffChannelTest {
    private static final String HEADER = "key,invoice_id,customer_id,country,language,currency,amount_due,fee,"
            + "interest,compensation,total,due_on,handed_over_on,reference,email,phone,postal_code";

    @TempDir
    Path dir;

    private static OutboundMessage claim(String key, String language) {
        return SampleMessages.message(key, DunningAction.COLLECTION, language);
    }

    private static List<NamedCsvRecord> rows(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            return csv.stream().toList();
        }
    }

    @Test
    void writesTheDaysFileWithTheContractsColumns() throws IOException {
        DeliveryResult result = new AgencyHandoffChannel(dir).deliver(claim("c-1", "de"));

        Path file = dir.resolve("collection-2025-03-17.csv");
        assertThat(result.delivered()).as(result.detail()).isTrue();
        assertThat(result.reference()).isEqualTo(file.toString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(2);
        NamedCsvRecord row = rows(file).get(0);
        assertThat(row.getField("key")).isEqualTo("c-1");
        assertThat(row.getField("invoice_id")).isEqualTo(SampleMessages.INVOICE);
        assertThat(row.getField("customer_id")).isEqualTo("C-1001");
        assertThat(row.getField("country")).isEqualTo("DE");
        assertThat(row.getField("language")).isEqualTo("de");
        assertThat(row.getField("currency")).isEqualTo("EUR");
        assertThat(row.getField("amount_due")).isEqualTo("1234.50");
        assertThat(row.getField("fee")).isEqualTo("60.00");
        assertThat(row.getField("interest")).isEqualTo("12.34");
        assertThat(row.getField("compensation")).isEqualTo("40.00");
        assertThat(row.getField("total")).isEqualTo("1346.84");
        assertThat(row.getField("due_on")).isEqualTo("2025-03-03");
        assertThat(row.getField("handed_over_on")).isEqualTo("2025-03-17");
        assertThat(row.getField("reference")).isEqualTo("20250047113");
        assertThat(row.getField("email")).isEqualTo("anna.lund@example.se");
        assertThat(row.getField("phone")).isEqualTo("+46701234567");
        assertThat(row.getField("postal_code")).isEqualTo("114 55");
    }

    @Test
    void aKeyAlreadyInTheFileIsNotAddedAgain() throws IOException {
        AgencyHandoffChannel channel = new AgencyHandoffChannel(dir);
        channel.deliver(claim("c-1", "sv"));
        channel.deliver(claim("c-2", "sv"));
        byte[] before = Files.readAllBytes(dir.resolve("collection-2025-03-17.csv"));

        DeliveryResult again = channel.deliver(claim("c-1", "sv"));
        DeliveryResult fresh = new AgencyHandoffChannel(dir).deliver(claim("c-2", "sv"));

        assertThat(again.delivered()).isTrue();
        assertThat(again.detail()).contains("already");
        assertThat(fresh.delivered()).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("collection-2025-03-17.csv"))).isEqualTo(before);
        assertThat(rows(dir.resolve("collection-2025-03-17.csv"))).extracting(r -> r.getField("key"))
                .containsExactly("c-1", "c-2");
    }

    @Test
    void eachDayHasItsOwnFile() throws IOException {
        AgencyHandoffChannel channel = new AgencyHandoffChannel(dir);
        channel.deliver(claim("c-1", "sv"));
        Notice n = SampleMessages.notice("sv");
        Notice nextDay = new Notice(n.creditor(), n.invoiceId(), n.currency(), n.amountDue(), n.fee(), n.interest(),
                n.compensation(), n.dueOn(), LocalDate.of(2025, 3, 18), n.payBy(), n.reference(), n.stage(),
                n.template(), n.tone());
        channel.deliver(new OutboundMessage("c-2", DunningAction.COLLECTION, SampleMessages.recipient("sv"), nextDay,
                "", "hand-off"));

        assertThat(rows(dir.resolve("collection-2025-03-17.csv"))).extracting(r -> r.getField("key"))
                .containsExactly("c-1");
        assertThat(rows(dir.resolve("collection-2025-03-18.csv"))).extracting(r -> r.getField("key"))
                .containsExactly("c-2");
    }

    @Test
    void fieldsWithCommasQuotesAndNewlinesSurviveAndUnknownValuesAreEmpty() throws IOException {
        Recipient odd = new Recipient(new CustomerId("C,\"7\"\nx"), null, null, null, "SE", "");
        OutboundMessage message = new OutboundMessage("k,1", DunningAction.COLLECTION, odd,
                SampleMessages.notice("sv"), "", "");
        AgencyHandoffChannel channel = new AgencyHandoffChannel(dir);
        channel.deliver(message);
        channel.deliver(message);

        List<NamedCsvRecord> rows = rows(dir.resolve("collection-2025-03-17.csv"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getField("key")).isEqualTo("k,1");
        assertThat(rows.get(0).getField("customer_id")).isEqualTo("C,\"7\"\nx");
        assertThat(rows.get(0).getField("email")).isEmpty();
        assertThat(rows.get(0).getField("phone")).isEmpty();
        assertThat(rows.get(0).getField("postal_code")).isEmpty();
    }

    @Test
    void aFileWithAnotherHeaderIsNotTouched() throws IOException {
        Path file = dir.resolve("collection-2025-03-17.csv");
        Files.writeString(file, "id,amount\n1,2\n");
        DeliveryResult result = new AgencyHandoffChannel(dir).deliver(claim("c-1", "sv"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
        assertThat(result.detail()).contains(file.toString(), "header");
        assertThat(Files.readString(file)).isEqualTo("id,amount\n1,2\n");
    }

    @Test
    void manyClaimsLeaveOneCompleteFileAndNoTemporaryFiles() throws IOException {
        AgencyHandoffChannel channel = new AgencyHandoffChannel(dir);
        for (int i = 0; i < 50; i++) {
            assertThat(channel.deliver(claim("c-" + i, "nb")).delivered()).isTrue();
        }
        assertThat(rows(dir.resolve("collection-2025-03-17.csv"))).hasSize(50);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("collection-2025-03-17.csv");
        }
    }
}
