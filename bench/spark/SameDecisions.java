import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the Spark job's decisions (Parquet) with decide's decisions file, every column (numbers to
 * the file's four decimals, nothing for none), in DuckDB. Prints the invoices on each side
 * and how many differ or are missing; exits 1 when any does.
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
                + " c AS (SELECT * FROM read_csv('" + args[1] + "', all_varchar = true, header = true))"
                + " SELECT (SELECT count(*) FROM p), (SELECT count(*) FROM c),"
                + " (SELECT count(*) FROM p JOIN c USING (invoice_id) WHERE " + String.join(" OR ", differs) + "),"
                + " (SELECT count(*) FROM p FULL JOIN c USING (invoice_id) WHERE p.invoice_id IS NULL OR c.invoice_id IS NULL)";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            System.out.printf("same decisions? spark %,d invoices, decide %,d; %,d differ in a column, %,d on one side only%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            System.exit(rs.getLong(3) + rs.getLong(4) == 0 && rs.getLong(1) > 0 ? 0 : 1);
        }
    }
}
