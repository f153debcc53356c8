package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartdunning.ingest.TestFolder.INVOICES;
import static org.smartdunning.ingest.TestFolder.PAYMENTS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.ingest.files.ContractFolderSource;
import org.smartdunning.ingest.parquet.ParquetFolderWriter;

/**
 * A contract folder as Parquet files (written by DuckDB, as {@code generate --format parquet} writes
 * them, or with text columns) imports exactly as the same data in CSV, and a bad Parquet value is
 * rejected by the same rules, named by file, row and column, with nothing stored.
 */
class ParquetImportIT {
    @TempDir
    Path temp;

    private final InMemoryImportStore store = new InMemoryImportStore();

    private ImportReceipt importFolder(Path folder) {
        return new ImportCreditorFolder(new ContractFolderSource(), store).run(folder);
    }

    @Test
    void aTypedParquetFolderImportsTheSameHistoryAsItsCsv() throws IOException {
        InMemoryImportStore csvStore = new InMemoryImportStore();
        ImportReceipt csv = new ImportCreditorFolder(new ContractFolderSource(), csvStore)
                .run(TestFolder.valid().writeTo(temp.resolve("csv")));
        Path parquet = TestFolder.valid().writeTo(temp.resolve("parquet"));
        ParquetFolderWriter.convert(parquet);
        assertThat(parquet.resolve("history/invoices.csv")).doesNotExist();
        assertThat(parquet.resolve("history/invoices.parquet")).exists();

        ImportReceipt receipt = importFolder(parquet);

        assertThat(receipt.read()).isEqualTo(csv.read());
        assertThat(receipt.added()).isEqualTo(csv.added());
        assertHistoriesEqual(store, csvStore);
        assertThat(receipt.fingerprint()).isNotEqualTo(csv.fingerprint());
        // the same folder again is recognised by its fingerprint: nothing is added twice
        assertThat(importFolder(parquet).alreadyImported()).isTrue();
    }

    @Test
    void formatsMayMixWithinAFolder() throws IOException, SQLException {
        InMemoryImportStore csvStore = new InMemoryImportStore();
        new ImportCreditorFolder(new ContractFolderSource(), csvStore).run(TestFolder.valid().writeTo(temp.resolve("csv")));
        Path mixed = TestFolder.valid().writeTo(temp.resolve("mixed"));
        asTextParquet(mixed, INVOICES);

        importFolder(mixed);

        assertHistoriesEqual(store, csvStore);
    }

    @Test
    void aBadTextValueIsReportedByFileRowAndColumnAndNothingIsStored() throws IOException, SQLException {
        Path folder = TestFolder.valid().line(INVOICES, 3, "I2,C1,2024-02-01,2024-02-15,\"12,50\",SEK")
                .line(PAYMENTS, 4, "P3,I3,2023-06-20,250.505").writeTo(temp.resolve("bad"));
        asTextParquet(folder, INVOICES);
        asTextParquet(folder, PAYMENTS);

        assertThatThrownBy(() -> importFolder(folder)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::render).containsExactly(
                        "history/invoices.parquet:2:5 (amount): not a decimal number: '12,50'",
                        "history/payments.parquet:3:4 (amount): more than two decimals: '250.505'"));
        assertThat(store.rowCount()).isZero();
    }

    @Test
    void aBadTypedValueIsReportedAsItsText() throws IOException {
        Path folder = TestFolder.valid().line(PAYMENTS, 2, "P1,I1,2024-01-14,-99.00").writeTo(temp.resolve("negative"));
        ParquetFolderWriter.convert(folder);

        assertThatThrownBy(() -> importFolder(folder)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::render)
                        .containsExactly("history/payments.parquet:1:4 (amount): must not be negative: '-99'"));
    }

    @Test
    void aMissingColumnAnUnreadableFileAndBothFormatsOfOneFileAreProblemsOfTheirFiles()
            throws IOException, SQLException {
        Path folder = TestFolder.valid().line(INVOICES, 1, "invoice_id,customer_id,issued_on,due_on,amount,cur")
                .writeTo(temp.resolve("broken"));
        asTextParquet(folder, INVOICES);
        Files.writeString(folder.resolve("history/inquiries.parquet"), "not parquet");
        Files.delete(folder.resolve("history/inquiries.csv"));
        TestFolder.valid().writeTo(temp.resolve("copy"));
        asTextParquet(temp.resolve("copy"), PAYMENTS);
        Files.copy(temp.resolve("copy/history/payments.parquet"), folder.resolve("history/payments.parquet"));

        assertThatThrownBy(() -> importFolder(folder)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::render).containsExactly(
                        "history/invoices.parquet (currency): missing required column",
                        "history/payments.parquet: both history/payments.csv and history/payments.parquet are in the"
                                + " folder: keep one",
                        e.problems().get(2).render()));
        assertThat(e(folder).problems().get(2).render()).startsWith("history/inquiries.parquet: not readable as Parquet: ");
    }

    private ImportRejectedException e(Path folder) {
        try {
            importFolder(folder);
        } catch (ImportRejectedException e) {
            return e;
        }
        throw new AssertionError("not rejected");
    }

    private static void assertHistoriesEqual(InMemoryImportStore actual, InMemoryImportStore expected) {
        assertThat(actual.customers).hasSize(2).isEqualTo(expected.customers);
        assertThat(actual.invoices).hasSize(3).isEqualTo(expected.invoices);
        assertThat(actual.payments).hasSize(3).isEqualTo(expected.payments);
        assertThat(actual.events).hasSize(3).isEqualTo(expected.events);
        assertThat(actual.inquiries).hasSize(2).isEqualTo(expected.inquiries);
        assertThat(actual.batchItems).hasSize(1).isEqualTo(expected.batchItems);
    }

    /** The CSV file as Parquet with every column text (as another system might write it), the CSV removed. */
    private static void asTextParquet(Path folder, String csv) throws SQLException, IOException {
        Path source = folder.resolve(csv);
        Path target = folder.resolve(csv.replace(".csv", ".parquet"));
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT * FROM read_csv('" + source + "', header = true, all_varchar = true,"
                    + " quote = '\"')) TO '" + target + "' (FORMAT parquet)");
        }
        Files.delete(source);
    }
}
