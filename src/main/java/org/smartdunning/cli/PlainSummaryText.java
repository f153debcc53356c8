package org.smartdunning.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.application.summary.TodaysProcess;
import org.smartdunning.history.DunningAction;

/** A plain summary as the command line leads with it: actions in words, then expected figures against today's process. */
final class PlainSummaryText {
    /** How each action reads after a count of invoices. */
    private static final Map<DunningAction, String> ACTIONS = Map.of(DunningAction.NONE, "left alone",
            DunningAction.SMS, "by SMS", DunningAction.EMAIL, "by e-mail", DunningAction.LETTER, "by letter",
            DunningAction.COLLECTION, "to collection");

    private PlainSummaryText() {
    }

    /**
     * @param opening what was decided, up to the counts, e.g. {@code "Decided 5,854 invoices"}
     * @param column  the heading of the decisions' column, e.g. {@code "these decisions"}
     */
    static String format(PlainSummary s, String opening, String column) {
        StringBuilder text = new StringBuilder(opening).append(": ").append(counts(s)).append('.');
        if (s.alreadyPaid() > 0) {
            text.append(String.format(Locale.ROOT, " %,d more were paid before their decision day and are left alone.",
                    s.alreadyPaid()));
        }
        text.append('\n').append(today(s.today(), s.decided())).append('\n');
        String money = s.currency().isEmpty() ? "" : s.currency() + " ";
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Expected", column, "today's process", "change"});
        rows.add(row("cash collected", money, "%,.0f", s.engine().cash(), s.todays().cash()));
        rows.add(row("collection cases", "", "%,.0f", s.engine().collectionCases(), s.todays().collectionCases()));
        rows.add(row("customers who leave", "", "%,.1f", s.engine().churn(), s.todays().churn()));
        rows.add(row("invoice inquiries", "", "%,.1f", s.engine().inquiries(), s.todays().inquiries()));
        rows.add(row("value after costs and churn", money, "%,.0f", s.engine().value(), s.todays().value()));
        int[] widths = new int[4];
        for (String[] r : rows) {
            for (int c = 0; c < 4; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            text.append(String.format(Locale.ROOT, "%-" + widths[0] + "s   %" + widths[1] + "s   %" + widths[2]
                    + "s   %" + widths[3] + "s", r[0], r[1], r[2], r[3]).stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** "5,756 left alone, 10 by SMS, ..." for the actions taken at least once; "none" for an empty batch. */
    private static String counts(PlainSummary s) {
        List<String> parts = new ArrayList<>();
        s.actions().forEach((a, n) -> {
            if (n > 0) {
                parts.add(String.format(Locale.ROOT, "%,d %s", n, ACTIONS.get(a)));
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String today(TodaysProcess today, int invoices) {
        String action = ACTIONS.get(today.action());
        String where = today.action() == DunningAction.SMS || today.action() == DunningAction.EMAIL
                ? " (a letter where it cannot reach the customer)" : "";
        String why = today.events() > 0
                ? String.format(Locale.ROOT, "the step the history took most often on overdue invoices outside"
                        + " experiments, %,d times", today.events())
                : "the contract's standard process; the history holds no overdue dunning outside experiments";
        return String.format(Locale.ROOT, "Today's process: all %,d %s%s (%s).", invoices, action, where, why);
    }

    private static String[] row(String label, String money, String format, double engine, double todays) {
        return new String[] {"  " + label, money + String.format(Locale.ROOT, format, engine),
            money + String.format(Locale.ROOT, format, todays), money + signed(format, engine - todays)};
    }

    /** A change with its sign; one that rounds to nothing has none. */
    private static String signed(String format, double change) {
        String figure = String.format(Locale.ROOT, format, Math.abs(change));
        if (figure.matches("[0.,]+")) {
            return figure;
        }
        return (change > 0 ? "+" : "-") + figure;
    }
}
