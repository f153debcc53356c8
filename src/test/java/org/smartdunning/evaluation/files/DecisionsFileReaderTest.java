package org.smartdunning.evaluation.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.cli.DunningCli;
import org.smartdunning.evaluation.EvaluationTest;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

class DecisionsFileReaderTest {
    @TempDir
    Path dir;

    private final List<TruthCase> batch = List.of(truth("A", true, false), truth("B", false, true));

    @Test
    void readsColumnsByNameAndIgnoresExtraOnes() throws IOException {
        Path file = write("reason,channel,invoice_id,action", "cheap,sms,A,reminder", "bad payer,agency,B,collection");
        assertThat(DecisionsFileReader.read(file, batch)).containsEntry(new InvoiceId("A"), DunningAction.SMS)
                .containsEntry(new InvoiceId("B"), DunningAction.COLLECTION);
    }

    @Test
    void rejectsABadFileNamingFileLineAndReason() throws IOException {
        expectError(write("invoice_id,action,channel", "A,none,", "X,none,"), ":3: invoice 'X' is not in the batch");
        expectError(write("invoice_id,action,channel", "A,none,", "A,none,"), ":3: duplicate decision for invoice 'A' (first on line 2)");
        expectError(write("invoice_id,action,channel", "A,call,"), ":2: invoice 'A': action must be none, reminder or collection");
        expectError(write("invoice_id,action,channel", "A,reminder,fax"), ":2: invoice 'A': reminder channel must be");
        expectError(write("invoice_id,action,channel", "A,none,", "B,reminder,sms"), ":3: invoice 'B': the customer cannot be reached by sms");
        expectError(write("invoice_id,action,channel", "A,none,"), ":2: no decision for 1 batch invoice(s), e.g. 'B'");
        expectError(write("invoice_id,action", "A,none"), ":1: missing column 'channel'");
    }

    @Test
    void theEvaluateCommandPrintsTheTableAndWritesJson() throws IOException {
        Path data = dir.resolve("world");
        WorldFolder.generate(data, WorldPresets.named("nordic-telecom"), java.time.LocalDate.parse("2026-06-01"), 1, 1_500);
        List<String> lines = new java.util.ArrayList<>(List.of("invoice_id,action,channel"));
        TruthFile.read(data.resolve("truth.csv")).forEach(c -> lines.add(c.invoiceId() + ",reminder,letter"));
        Path decisions = dir.resolve("decisions.csv");
        Files.write(decisions, lines);
        Path json = dir.resolve("report.json");
        int exit = DunningCli.commandLine().execute("evaluate", "--data", data.toString(), "--decisions", decisions.toString(),
                "--json", json.toString());
        assertThat(exit).isZero();
        assertThat(Files.readString(json)).contains("\"gapClosed\"", "\"oracle\"", "\"always letter\"");
        Files.write(decisions, List.of("invoice_id,action,channel", "nope,none,"));
        assertThat(DunningCli.commandLine().execute("evaluate", "--data", data.toString(), "--decisions", decisions.toString()))
                .isEqualTo(1);
    }

    private void expectError(Path file, String message) {
        assertThatThrownBy(() -> DecisionsFileReader.read(file, batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }

    private Path write(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "decisions", ".csv");
        Files.write(file, List.of(lines));
        return file;
    }

    private static TruthCase truth(String id, boolean sms, boolean email) {
        var p = EvaluationTest.p(0.5, 0.1, 0.1);
        return EvaluationTest.truth(id, 100, 100, sms, email, p, p, p, p, p);
    }
}
