package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.ingest.TestFolder;
import picocli.CommandLine;

class ImportCommandIT {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = DunningCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void importsThenRecognisesTheSameFolder() {
        Path folder = TestFolder.valid().writeTo(temp.resolve("data"));
        String db = "jdbc:duckdb:" + temp.resolve("cli.duckdb");

        assertThat(run("import", "--data", folder.toString(), "--db", db)).isZero();
        assertThat(out.toString()).contains("import 1 of", "added 2 customers, 3 invoices, 3 payments, 3 dunning events,"
                + " 2 inquiries, 1 batch items", "rows/s");
        assertThat(run("import", "--data", folder.toString(), "--db", db)).isZero();
        assertThat(out.toString()).contains("was already imported (import 1, as of 2024-03-01): nothing added");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rejectionListsProblemsOnStderrWithExitCode2() {
        Path folder = TestFolder.valid().line(TestFolder.PAYMENTS, 3, "P2,I3,2023-06-10,\"1000,00\"")
                .writeTo(temp.resolve("bad"));

        int code = run("import", "--data", folder.toString(), "--db", "jdbc:duckdb:" + temp.resolve("cli.duckdb"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("history/payments.csv:3:4 (amount): not a decimal number: '1000,00'\n"
                + "1 problem, nothing imported for creditor 'default'\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void otherFailuresExitWith1AndAClearMessage() {
        int code = run("import", "--data", temp.resolve("missing").toString(), "--db",
                "jdbc:duckdb:" + temp.resolve("cli.duckdb"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("import failed: --data " + temp.resolve("missing") + ": no such folder\n");
        assertThat(temp.resolve("cli.duckdb")).as("arguments are checked before a store is made").doesNotExist();

        assertThat(run("import", "--data", temp.toString(), "--db", "jdbc:sqlite:x")).isEqualTo(1);
        assertThat(err.toString()).contains("import failed: unsupported database URL 'jdbc:sqlite:x'");
    }

    @Test
    void badOptionsAreRefusedBeforeAStoreIsMade() {
        Path folder = TestFolder.valid().writeTo(temp.resolve("ok"));
        Path store = temp.resolve("never.duckdb");

        assertThat(run("decide", "--data", folder.toString(), "--out", temp.resolve("d.csv").toString(), "--explore", "-1",
                "--db", "jdbc:duckdb:" + store)).isEqualTo(1);
        assertThat(err.toString()).contains("decide failed: --explore -1.0: exploration must be a non-negative number");
        assertThat(run("decide", "--data", folder.toString(), "--out", temp.resolve("d.csv").toString(),
                "--cold-start-share", "2", "--db", "jdbc:duckdb:" + store)).isEqualTo(1);
        assertThat(err.toString()).contains("decide failed: --cold-start-share 2.0 --cold-start-min 200: cold-start"
                + " exploration share must be within [0, 1], was 2.0");
        assertThat(run("import", "--data", folder.toString(), "--creditor", "no spaces", "--db", "jdbc:duckdb:" + store))
                .isEqualTo(1);
        assertThat(err.toString()).contains("import failed: --creditor: creditor id must be 1 to 64 letters, digits, '-' or '_'");
        assertThat(store).doesNotExist();
    }
}
