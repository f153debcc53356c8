package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.List;
import org.smartdunning.history.DunningAction;

/**
 * The decisions file's columns, typed, and one decision's values in their order: the contract's
 * {@code invoice_id,action,channel}, the day, every candidate's expected value, the chosen
 * action's probabilities, the propensity, the policy and the reason. The CSV file and the Spark
 * job's Parquet both lay decisions out from here, so their columns cannot drift apart.
 */
public final class DecisionColumns {
    /** How a column's values are typed: text, a day, or a number (NaN when empty). */
    public enum Kind { TEXT, DAY, NUMBER }

    /** One column: its header name and kind. */
    public record Column(String name, Kind kind) {
    }

    /** Every column, in the file's order. */
    public static final List<Column> ALL = columns();

    private DecisionColumns() {
    }

    private static List<Column> columns() {
        List<Column> all = new ArrayList<>(List.of(new Column("invoice_id", Kind.TEXT), new Column("action", Kind.TEXT),
                new Column("channel", Kind.TEXT), new Column("decide_on", Kind.DAY),
                new Column("expected_value", Kind.NUMBER)));
        for (DunningAction a : DunningAction.values()) {
            all.add(new Column("value_" + a.key(), Kind.NUMBER));
        }
        for (String number : List.of("p_pay", "p_churn", "p_inquiry", "clv", "propensity")) {
            all.add(new Column(number, Kind.NUMBER));
        }
        all.addAll(List.of(new Column("policy", Kind.TEXT), new Column("policy_version", Kind.TEXT),
                new Column("reason", Kind.TEXT)));
        return List.copyOf(all);
    }

    /**
     * The decision's values in {@link #ALL}'s order: a {@code String} for text (null when the
     * decision has none), a {@code LocalDate} for a day, a {@code Double} for a number (NaN when
     * there is none: an action not allowed, or no chosen candidate).
     */
    public static List<Object> values(Decision d) {
        List<Object> row = new ArrayList<>();
        row.add(d.invoiceId().value());
        row.add(d.action().action());
        row.add(d.action().channel());
        row.add(d.decideOn());
        row.add(d.value());
        for (DunningAction a : DunningAction.values()) {
            row.add(d.candidate(a).map(CandidateValue::value).orElse(Double.NaN));
        }
        CandidateValue chosen = d.candidate(d.action()).orElse(null);
        row.add(chosen == null ? Double.NaN : chosen.outcomes().pay());
        row.add(chosen == null ? Double.NaN : chosen.outcomes().churn());
        row.add(chosen == null ? Double.NaN : chosen.outcomes().inquiry());
        row.add(d.clv());
        row.add(d.propensity());
        row.add(d.provenance().name());
        row.add(d.provenance().version());
        row.add(d.reason());
        return row;
    }
}
