package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --format parquet} writes the contract files as Parquet, and {@code import} and
 * {@code decide} read them: the same world in CSV and in Parquet gives the same rows and, with the
 * learned models deciding, byte for byte the same decisions file.
 */
class ParquetDecideIT {
    @TempDir
    Path temp;

    @Test
    void aParquetFolderDecidesExactlyAsTheSameWorldInCsv() throws Exception {
        Path csv = temp.resolve("csv");
        Path parquet = temp.resolve("parquet");
        assertThat(dunning("generate", "--out", csv.toString(), "--customers", "1500", "--seed", "11").exit()).isZero();
        CliRun generate = dunning("generate", "--out", parquet.toString(), "--customers", "1500", "--seed", "11",
                "--format", "parquet");
        assertThat(generate.exit()).as(generate.err()).isZero();
        assertThat(parquet.resolve("history/payments.parquet")).exists();
        assertThat(parquet.resolve("batch.parquet")).exists();
        try (var files = Files.walk(parquet)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))).containsExactly("truth.csv");
        }

        CliRun fromCsv = decide(csv);
        CliRun fromParquet = decide(parquet);

        assertThat(imported(fromParquet, parquet)).isEqualTo(imported(fromCsv, csv)).contains("1,500 customers");
        assertThat(Files.readString(decisions(csv))).doesNotContain("history-rules");
        assertThat(decisions(parquet)).hasSameTextualContentAs(decisions(csv));
        assertThat(Files.readAllLines(decisions(csv))).hasSizeGreaterThan(20);
    }

    @Test
    void generateRefusesAnUnknownFormat() {
        CliRun generate = dunning("generate", "--out", temp.resolve("x").toString(), "--customers", "10", "--seed", "1",
                "--format", "xlsx");
        assertThat(generate.exit()).isEqualTo(1);
        assertThat(generate.err()).contains("--format must be csv or parquet, was xlsx");
    }

    /** The import's line of rows read and added, without the folder's name and timing. */
    private static String imported(CliRun run, Path folder) {
        return run.out().lines().filter(l -> l.startsWith("import ")).findFirst().orElseThrow()
                .replaceAll("in [0-9.]+ s \\([0-9,]+ rows/s\\)", "").replace(folder.toString(), "FOLDER");
    }

    private Path decisions(Path folder) {
        return temp.resolve(folder.getFileName() + "-decisions.csv");
    }

    private CliRun decide(Path folder) {
        Path decisions = decisions(folder);
        // this small world logs about 50 decisions per action: let the learned models decide anyway
        CliRun run = dunning("decide", "--cold-start-min", "0", "--seed", "3", "--data", folder.toString(), "--out",
                decisions.toString(), "--db", "jdbc:duckdb:" + folder + "-decide.duckdb");
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }
}
