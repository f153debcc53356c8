package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartdunning.history.DunningAction;

/** Reads the plain summary {@code decide} and {@code demo} lead with and checks it against the decisions file. */
final class PlainLines {
    private static final Map<DunningAction, String> WORDS = Map.of(DunningAction.NONE, "left alone",
            DunningAction.SMS, "by SMS", DunningAction.EMAIL, "by e-mail", DunningAction.LETTER, "by letter",
            DunningAction.COLLECTION, "to collection");

    private PlainLines() {
    }

    /** The first lines name the invoices' currency and add up to what {@code decisions} holds; the analysts' block follows. */
    static void matchDecisionsFile(String out, Path data, Path decisions) throws Exception {
        Map<String, Double> amount = new HashMap<>();
        Map<String, String> currency = new HashMap<>();
        for (NamedCsvRecord r : DecideContract.rows(data.resolve("history/invoices.csv"))) {
            amount.put(r.getField("invoice_id"), Double.parseDouble(r.getField("amount")));
            currency.put(r.getField("invoice_id"), r.getField("currency"));
        }
        Map<DunningAction, Integer> counts = new EnumMap<>(DunningAction.class);
        double cash = 0;
        double cashRounding = 0;
        double churn = 0;
        double inquiries = 0;
        double value = 0;
        double todaysValue = 0;
        String money = null;
        List<NamedCsvRecord> rows = DecideContract.rows(decisions);
        for (NamedCsvRecord r : rows) {
            if (r.getField("p_pay").isEmpty()) {
                continue; // already paid: counted apart
            }
            counts.merge(DunningAction.of(r.getField("action"), r.getField("channel")), 1, Integer::sum);
            cash += amount.get(r.getField("invoice_id")) * Double.parseDouble(r.getField("p_pay"));
            cashRounding += amount.get(r.getField("invoice_id")) * 0.00005;
            churn += Double.parseDouble(r.getField("p_churn"));
            inquiries += Double.parseDouble(r.getField("p_inquiry"));
            value += Double.parseDouble(r.getField("expected_value"));
            todaysValue += Double.parseDouble(r.getField("value_collection"));
            money = currency.get(r.getField("invoice_id"));
        }
        int decided = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("Decided " + String.format("%,d ", decided));
        counts.forEach((a, n) -> assertThat(lines.get(0)).contains(String.format("%,d %s", n, WORDS.get(a))));
        assertThat(lines.get(1)).as("generated histories send every overdue invoice to collection")
                .startsWith(String.format("Today's process: all %,d to collection", decided));
        assertThat(lines.get(2)).startsWith("Expected");
        // the file's probabilities have four decimals: each row may be off by half the last digit
        double rounding = 0.00005 * rows.size();
        assertThat(figure(lines.get(3), "cash collected", money, 1)).isCloseTo(cash, within(1 + cashRounding));
        assertThat(figure(lines.get(4), "collection cases", "", 1))
                .isEqualTo((double) counts.getOrDefault(DunningAction.COLLECTION, 0));
        assertThat(figure(lines.get(5), "customers who leave", "", 1)).isCloseTo(churn, within(0.05 + rounding));
        assertThat(figure(lines.get(6), "invoice inquiries", "", 1)).isCloseTo(inquiries, within(0.05 + rounding));
        assertThat(figure(lines.get(7), "value after costs and churn", money, 1)).isCloseTo(value, within(1 + rounding));
        assertThat(figure(lines.get(7), "value after costs and churn", money, 2)).isCloseTo(todaysValue,
                within(1 + rounding));
        assertThat(lines.get(8)).isEqualTo("For analysts:");
    }

    /** The {@code column}th figure (1: the decisions', 2: today's process's) of a labelled line, its currency checked. */
    private static double figure(String line, String label, String money, int column) {
        String number = (money.isEmpty() ? "" : Pattern.quote(money + " ")) + "([+-]?[0-9,.]+)";
        Matcher m = Pattern.compile("^  " + Pattern.quote(label) + "\\s+" + number + "\\s+" + number + "\\s+" + number + "$")
                .matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return Double.parseDouble(m.group(column).replace(",", ""));
    }
}
