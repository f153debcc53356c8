import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.flywaydb.core.Flyway;

/**
 * The floor of a decide from an empty store for the same decisions: the work no design can skip, each part done by
 * the native library that does it in the engine, nothing checked and no row made into a Java object.
 * 1. the store's migrations (Flyway, as the engine runs them) on an empty DuckDB;
 * 2. the folder's rows into the store: DuckDB's own CSV reader on both cores (the appender's floor);
 * 3. the six boosters (3 outcomes x 2 cross-fitted halves, the saved model's parameters and rounds), two at a time on
 *    one thread each as the engine trains them, on rows of the training set's shape (seeded values: the trees' cost
 *    depends on the rows, features and depth, not on what the values mean);
 * 4. deciding: the saved model's own boosters, every action's margins (30 passes) and the payment model's SHAP
 *    contributions for the reasons, on rows of the batch's shape.
 * Usage: java -cp "target/smart-dunning.jar:target/lib/*" bench/floor/EngineFloor.java DATA_FOLDER STORE
 * where STORE is a DuckDB file holding the folder's saved model (after a decide); JVM start is measured apart.
 */
public final class EngineFloor {
    private static final String[][] FILES = {
        {"customers", "history/customers.csv", "{'customer_id':'VARCHAR','created_on':'DATE','ended_on':'DATE','type':'VARCHAR',"
            + "'country':'VARCHAR','language':'VARCHAR','postal_code':'VARCHAR','birth_year':'INTEGER','payment_method':'VARCHAR',"
            + "'email':'VARCHAR','phone':'VARCHAR','plan':'VARCHAR','monthly_fee':'DECIMAL(18,2)'}"},
        {"invoices", "history/invoices.csv", "{'invoice_id':'VARCHAR','customer_id':'VARCHAR','issued_on':'DATE','due_on':'DATE',"
            + "'amount':'DECIMAL(18,2)','currency':'VARCHAR'}"},
        {"payments", "history/payments.csv", "{'payment_id':'VARCHAR','invoice_id':'VARCHAR','paid_on':'DATE','amount':'DECIMAL(18,2)'}"},
        {"dunning_events", "history/dunning_events.csv", "{'invoice_id':'VARCHAR','occurred_on':'DATE','action':'VARCHAR',"
            + "'channel':'VARCHAR','fee':'DECIMAL(18,2)','experiment':'VARCHAR','arm':'VARCHAR','propensity':'DOUBLE'}"},
        {"inquiries", "history/inquiries.csv", "{'customer_id':'VARCHAR','occurred_on':'DATE','topic':'VARCHAR','invoice_id':'VARCHAR'}"},
        {"batch_items", "batch.csv", "{'invoice_id':'VARCHAR','decide_on':'DATE'}"},
    };

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Map<String, byte[]> archive = savedModel(args[1]);
        Map<String, String> parameters = parameters(args[1]);
        int rows = Integer.parseInt(parameters.get("training_rows"));
        int batch = (int) Files.lines(data.resolve("batch.csv")).count() - 1;
        Path store = Files.createTempDirectory("floor").resolve("floor.duckdb");

        double migrations = migrations(store);
        long[] stored = new long[1];
        double load = seconds(() -> stored[0] = load(store, data));
        Booster[] saved = new Booster[6];
        String[] names = {"churn-0.ubj", "churn-1.ubj", "inquiry-0.ubj", "inquiry-1.ubj", "pay-0.ubj", "pay-1.ubj"};
        for (int i = 0; i < names.length; i++) {
            saved[i] = XGBoost.loadModel(archive.get(names[i]));
        }
        int columns = (int) saved[4].getNumFeature();
        double boosters = seconds(() -> trainSix(parameters, rows, columns));
        double deciding = seconds(() -> decide(saved, batch, columns));
        System.out.printf("engine floor (the same model's native work: no checks, no row as a Java object):%n");
        line("migrations on an empty DuckDB (Flyway)", migrations);
        line(String.format("%,d rows into the store (DuckDB's read_csv)", stored[0]), load);
        line(String.format("6 boosters x %s rounds on %,d rows x %d columns", parameters.get("xgb.rounds"), rows, columns), boosters);
        line(String.format("%,d invoices: 30 margin passes, SHAP of pay", batch), deciding);
        line("sum (the JVM's start apart)", migrations + load + boosters + deciding);
    }

    private static void line(String what, double seconds) {
        System.out.printf("  %-56s %6.2f s%n", what, seconds);
    }

    private static double migrations(Path store) throws Exception {
        long start = System.nanoTime();
        String url = "jdbc:duckdb:" + store;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/registry").table("flyway_registry_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/common", "classpath:db/migration/duckdb")
                .placeholders(Map.of("binary_type", "blob")).schemas("creditor_1").defaultSchema("creditor_1")
                .createSchemas(true).load().migrate();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long load(Path store, Path data) throws Exception {
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String[] f : FILES) {
                s.execute("create table floor_" + f[0] + " as select * from read_csv('" + data.resolve(f[1])
                        + "', header = true, auto_detect = false, columns = " + f[2] + ")");
                try (ResultSet r = s.executeQuery("select count(*) from floor_" + f[0])) {
                    r.next();
                    rows += r.getLong(1);
                }
            }
            c.commit();
        }
        return rows;
    }

    /** Three outcomes, each two halves of half the rows side by side on one thread each, as CrossFittedModel does. */
    private static void trainSix(Map<String, String> saved, int rows, int columns) {
        String[] objectives = {"count:poisson", "binary:logistic", "binary:logistic"};
        for (int outcome = 0; outcome < 3; outcome++) {
            int o = outcome;
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> trainOne(saved, objectives[o], rows / 2, columns, 2L * o + 1));
            trainOne(saved, objectives[o], rows - rows / 2, columns, 2L * o);
            other.join();
        }
    }

    private static void trainOne(Map<String, String> saved, String objective, int rows, int columns, long seed) {
        try {
            Random random = new Random(seed);
            float[] values = new float[rows * columns];
            float[] labels = new float[rows];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(40) / 4f; // a few dozen distinct values a column, as counts and shares have
            }
            for (int i = 0; i < rows; i++) {
                labels[i] = random.nextFloat() < 0.2f + 0.05f * values[i * columns] ? 1f : 0f;
            }
            DMatrix matrix = new DMatrix(values, rows, columns, Float.NaN);
            matrix.setLabel(labels);
            Map<String, Object> params = new HashMap<>();
            saved.forEach((k, v) -> {
                if (k.startsWith("xgb.") && !k.equals("xgb.rounds")) {
                    params.put(k.substring(4), v);
                }
            });
            params.put("objective", objective);
            params.put("seed", seed);
            XGBoost.train(matrix, params, Integer.parseInt(saved.get("xgb.rounds")), new HashMap<>(), null, null).dispose();
            matrix.dispose();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void decide(Booster[] saved, int batch, int columns) {
        try {
            Random random = new Random(7);
            float[] values = new float[batch * columns];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(40) / 4f;
            }
            DMatrix matrix = new DMatrix(values, batch, columns, Float.NaN);
            for (Booster b : saved) {
                b.setParam("nthread", Runtime.getRuntime().availableProcessors());
                for (int action = 0; action < 5; action++) {
                    b.predict(matrix, true, 0);
                }
            }
            saved[4].predictContrib(matrix, 0);
            saved[5].predictContrib(matrix, 0);
            matrix.dispose();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> savedModel(String store) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select payload from creditor_1.models order by created_at desc limit 1")) {
            r.next();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.getBytes(1)))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Map<String, String> parameters(String store) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select parameters from creditor_1.models order by created_at desc limit 1")) {
            r.next();
            for (String kv : r.getString(1).split(";")) {
                int eq = kv.indexOf('=');
                if (eq < 0) {
                    continue; // the rest of a value that holds ';' (the learner's description)
                }
                p.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return p;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
