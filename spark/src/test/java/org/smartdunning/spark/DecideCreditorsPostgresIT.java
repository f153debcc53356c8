package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.cli.DunningCli;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import picocli.CommandLine;

/**
 * The job with {@code --jdbc} on local[2] against the real PostgreSQL (the database tier's server,
 * {@code -Ddunning.test.pg}, by default CI's local one), in a base schema of its own: each creditor's
 * decisions and model land in its own schema of the service's store exactly as in the Parquet output
 * (same invoices, actions and model), a rejected folder writes nothing there, and a second run
 * replaces what the first wrote instead of adding to it.
 */
class DecideCreditorsPostgresIT {
    static final String SERVER = System.getProperty("dunning.test.pg", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    @TempDir
    static Path temp;
    static Path creditors;
    static String url;

    @BeforeAll
    static void generate() throws Exception {
        url = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=spark_it_"
                + UUID.randomUUID().toString().substring(0, 8);
        creditors = temp.resolve("in");
        generate("dora", 800, 21, "nordic-telecom", "csv");
        generate("emil", 700, 22, "email-first", "parquet");
        generate("faulty", 200, 23, "nordic-telecom", "csv");
        Path batch = creditors.resolve("faulty").resolve("batch.csv");
        List<String> lines = Files.readAllLines(batch);
        lines.set(1, lines.get(1).replaceFirst(",.*", ",01.06.2026"));
        Files.write(batch, lines);
    }

    @Test
    void eachCreditorsDecisionsAndModelGoToItsSchemaOnceEvenWhenRunTwice() throws Exception {
        String[] run = {"--data", creditors.toString(), "--out", temp.resolve("out").toString(), "--seed", "5",
            "--cold-start-min", "0", "--jdbc", url};
        String first = job(run);
        assertThat(first).contains("faulty: folder rejected, nothing written for it").contains("batch.csv:2:2 (decide_on)");
        Map<String, Map<String, String>> parquet = parquetActions();
        assertThat(parquet).containsOnlyKeys("dora", "emil");
        Map<String, String> keys = parquetModelKeys();

        for (String creditor : List.of("dora", "emil")) {
            assertThat(actions(creditor)).as(creditor).hasSizeGreaterThan(10).isEqualTo(parquet.get(creditor));
            assertThat(models(creditor)).as(creditor).containsExactly(keys.get(creditor));
            assertThat(count(creditor, "select count(*) from decision_runs")).isEqualTo(1);
        }
        assertThat(count("faulty", "select count(*) from decisions")).isZero();
        assertThat(count("faulty", "select count(*) from models")).isZero();

        job(run);

        for (String creditor : List.of("dora", "emil")) {
            // the same invoices and days once, the model once; the run itself is logged again, as decide logs it
            assertThat(actions(creditor)).as(creditor).isEqualTo(parquet.get(creditor));
            assertThat(count(creditor, "select count(*) from decisions")).isEqualTo(parquet.get(creditor).size());
            assertThat(models(creditor)).as(creditor).containsExactly(keys.get(creditor));
        }
    }

    @Test
    void onlyAPostgresqlUrlIsTaken() {
        StringWriter err = new StringWriter();
        CommandLine job = new CommandLine(new DecideCreditorsJob());
        job.setErr(new PrintWriter(err));
        int exit = job.execute("--data", creditors.toString(), "--out", temp.resolve("x").toString(), "--jdbc",
                "jdbc:duckdb:shared.duckdb");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("--jdbc must be a PostgreSQL URL");
    }

    private static String job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine job = new CommandLine(new DecideCreditorsJob());
        job.setOut(new PrintWriter(out));
        job.setErr(new PrintWriter(err));
        assertThat(job.execute(args)).as(err.toString()).isEqualTo(DecideCreditorsJob.REJECTED);
        return err.toString();
    }

    private static Map<String, Map<String, String>> parquetActions() {
        try (SparkSession session = SparkSession.builder()
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false").getOrCreate()) {
            return session.read().parquet(temp.resolve("out").resolve(DecideCreditors.DECISIONS).toString())
                    .collectAsList().stream().collect(Collectors.groupingBy(r -> r.getAs(DecisionRows.CREDITOR),
                            Collectors.toMap(r -> r.getAs("invoice_id"), DecideCreditorsPostgresIT::decided)));
        }
    }

    private static Map<String, String> parquetModelKeys() {
        try (SparkSession session = SparkSession.builder()
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false").getOrCreate()) {
            return session.read().parquet(temp.resolve("out").resolve(DecideCreditors.MODELS).toString())
                    .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs(DecisionRows.CREDITOR),
                            r -> r.getAs("training_key")));
        }
    }

    private static String decided(Row row) {
        return row.getAs("action") + "/" + row.getAs("channel") + "/" + row.getAs("decide_on");
    }

    /** The creditor's decisions in the service's store, by invoice: action/channel/day. */
    private static Map<String, String> actions(String creditor) throws SQLException {
        Map<String, String> actions = new HashMap<>();
        query(creditor, "select invoice_id, action, channel, decide_on from decisions",
                rs -> actions.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getDate(4)));
        return actions;
    }

    private static List<String> models(String creditor) throws SQLException {
        List<String> keys = new java.util.ArrayList<>();
        query(creditor, "select training_key from models", rs -> keys.add(rs.getString(1)));
        return keys;
    }

    private static int count(String creditor, String sql) throws SQLException {
        int[] count = new int[1];
        query(creditor, sql, rs -> count[0] = rs.getInt(1));
        return count[0];
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String creditor, String sql, RowReader reader) throws SQLException {
        try (Database store = Database.open(url, new CreditorId(creditor));
             PreparedStatement ps = store.connection().prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    private static void generate(String name, int customers, long seed, String world, String format) {
        StringWriter err = new StringWriter();
        CommandLine dunning = DunningCli.commandLine();
        dunning.setOut(new PrintWriter(new StringWriter()));
        dunning.setErr(new PrintWriter(err));
        int exit = dunning.execute("generate", "--out", creditors.resolve(name).toString(), "--customers",
                String.valueOf(customers), "--seed", String.valueOf(seed), "--world", world, "--format", format);
        assertThat(exit).as(err.toString()).isZero();
    }
}
