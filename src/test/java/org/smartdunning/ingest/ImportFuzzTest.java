package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the CSV reader and the whole import. The first byte of an
 * input picks a file of {@link TestFolder#valid()}, the rest replaces that file's bytes. Whatever
 * the bytes: no exception but the rejection, and either everything is stored or nothing.
 * Without {@code JAZZER_FUZZ} only the seeds under {@code src/test/resources/.../ImportFuzzTestInputs}
 * run; see README "Tests" for the fuzzing run.
 */
class ImportFuzzTest {
    private static final List<String> FILES = List.of(TestFolder.CUSTOMERS, TestFolder.INVOICES, TestFolder.PAYMENTS,
            TestFolder.EVENTS, TestFolder.INQUIRIES, TestFolder.BATCH, TestFolder.AS_OF);
    /** Render of every problem: {@code file[:line[:column]][ (name)]: reason}, on one line. */
    private static final String PROBLEM = "(as_of|batch\\.csv|history/[a-z_]+\\.csv)(:\\d+(:\\d+)?)?( \\([^\\n]*\\))?: [^\\r\\n]+";

    private static final TestFolder VALID = TestFolder.valid();

    private static Path folder;
    /** The file the last input replaced, restored before the next one. */
    private static String replaced;

    @BeforeAll
    static void createFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        folder = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "dunning-fuzz")
                : Files.createTempDirectory("dunning-fuzz");
        TestFolder.valid().writeTo(folder);
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    @FuzzTest(maxDuration = "45s")
    void folderImport(byte[] input) {
        String file = write(input);
        if (file == null) {
            return;
        }
        InMemoryImportStore store = new InMemoryImportStore();
        try {
            ImportReceipt receipt = new ImportCreditorFolder(new CsvCreditorFolderSource(), store).run(folder);
            assertThat(store.rowCount()).as("every row counted as added is stored, plus the import")
                    .isEqualTo(receipt.added().total() + 1);
        } catch (ImportRejectedException e) {
            assertThat(store.rowCount()).as("nothing of a rejected import is stored").isZero();
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.total()).isGreaterThanOrEqualTo(e.problems().size());
            for (ImportProblem problem : e.problems()) {
                assertThat(problem.render()).matches(PROBLEM)
                        .doesNotContain("anna@example.com").doesNotContain("+46701234567");
            }
        }
    }

    @FuzzTest(maxDuration = "45s")
    void csvReader(byte[] input) throws IOException {
        String file = write(input);
        if (file == null || file.equals(TestFolder.AS_OF)) {
            return;
        }
        HistoryFile history = Arrays.stream(HistoryFile.values()).filter(f -> f.path().equals(file)).findFirst()
                .orElseThrow();
        ImportProblems problems = new ImportProblems();
        long[] rows = {0};
        boolean read = new CsvCreditorFolderSource().read(folder, history, row -> {
            rows[0]++;
            assertThat(row.line()).isGreaterThan(1);
            for (int i = 0; i < history.columns().size(); i++) {
                assertThat(row.get(i)).doesNotContain("\n").doesNotContain("\r");
            }
        }, problems);
        assertThat(read || !problems.isEmpty()).as("a file not read says why").isTrue();
        problems.listed().forEach(p -> assertThat(p.render()).matches(PROBLEM));
    }

    /** The valid folder with one file replaced by the input; the file's name, or null for an empty input. */
    private static String write(byte[] input) {
        if (input.length == 0) {
            return null;
        }
        String file = FILES.get(Byte.toUnsignedInt(input[0]) % FILES.size());
        try {
            if (replaced != null) {
                Files.writeString(folder.resolve(replaced), VALID.text(replaced));
            }
            Files.write(folder.resolve(file), Arrays.copyOfRange(input, 1, input.length));
            replaced = file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
