import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the Spark job's decisions (Parquet) with decide's decisions file, every column (numbers to
 * the file's four decimals, nothing for none), in DuckDB. Prints the invoices on each side
 * and how many differ or are missing, how many in their action, and how far the probabilities lie apart
 * (median and 95th percentile of the absolute difference); exits 1 when any differs.
 * Usage: java -cp target/lib/duckdb_jdbc-*.jar bench/spark/SameDecisions.java OUT/decisions DECISIONS.csv
 */
public final class SameDecisions {
    private static final String[] TEXT = {"action", "channel", "policy", "policy_version", "reason"};
    private static final String[] NUMBERS = {"expected_value", "value_none", "value_sms", "value_email", "value_letter",
        "value_collection", "p_pay", "p_churn", "p_inquiry", "clv", "propensity"};

    public static void main(String[] args) throws SQLException {
        List<String> differs = new ArrayList<>();
        for (String c : TEXT) {
            differs.add("coalesce(p." + c + ", '') <> coalesce(c." + c + ", '')");
        }
        for (String c : NUMBERS) {
            // the file rounds to four decimals (Java's half-up, DuckDB's printf half-even): within half a unit is the same
            differs.add("(p." + c + " IS NULL) <> (coalesce(c." + c + ", '') = '')"
                    + " OR abs(p." + c + " - TRY_CAST(c." + c + " AS DOUBLE)) > 0.0000500001");
        }
        differs.add("strftime(p.decide_on, '%Y-%m-%d') <> c.decide_on");
        String sql = "WITH p AS (SELECT * FROM read_parquet('" + args[0] + "/**/*.parquet')),"
                + " c AS (SELECT * FROM read_csv('" + args[1] + "', all_varchar = true, header = true)),"
                + " g AS (SELECT abs(p.p_pay - TRY_CAST(c.p_pay AS DOUBLE)) AS pay, abs(p.p_churn - TRY_CAST(c.p_churn AS DOUBLE))"
                + " AS churn, abs(p.p_inquiry - TRY_CAST(c.p_inquiry AS DOUBLE)) AS inquiry FROM p JOIN c USING (invoice_id))"
                + " SELECT (SELECT count(*) FROM p), (SELECT count(*) FROM c),"
                + " (SELECT count(*) FROM p JOIN c USING (invoice_id) WHERE " + String.join(" OR ", differs) + "),"
                + " (SELECT count(*) FROM p FULL JOIN c USING (invoice_id) WHERE p.invoice_id IS NULL OR c.invoice_id IS NULL),"
                + " (SELECT count(*) FROM p JOIN c USING (invoice_id) WHERE p.action <> c.action),"
                + " (SELECT quantile_cont(pay, 0.5) FROM g), (SELECT quantile_cont(pay, 0.95) FROM g),"
                + " (SELECT quantile_cont(churn, 0.5) FROM g), (SELECT quantile_cont(churn, 0.95) FROM g),"
                + " (SELECT quantile_cont(inquiry, 0.5) FROM g), (SELECT quantile_cont(inquiry, 0.95) FROM g)";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            System.out.printf("same decisions? spark %,d invoices, decide %,d; %,d differ in a column, %,d on one side only%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            System.out.printf("  %,d differ in their action; |difference| median / p95: p_pay %.4f / %.4f, p_churn %.4f / %.4f,"
                    + " p_inquiry %.4f / %.4f%n", rs.getLong(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                    rs.getDouble(9), rs.getDouble(10), rs.getDouble(11));
            System.exit(rs.getLong(3) + rs.getLong(4) == 0 && rs.getLong(1) > 0 ? 0 : 1);
        }
    }
}
