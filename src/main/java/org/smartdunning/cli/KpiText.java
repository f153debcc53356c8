package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.smartdunning.application.kpi.KpiReport;
import org.smartdunning.kpi.KpiGrouping;
import org.smartdunning.kpi.KpiRow;
import org.smartdunning.kpi.KpiValues;

/** The KPI report in plain words, a short block per row, amounts in the creditor's currency. */
final class KpiText {
    private KpiText() {
    }

    static void write(PrintWriter out, KpiReport report) {
        String currency = report.currency() == null ? "" : " " + report.currency();
        out.printf(Locale.ROOT, "KPIs from %s to %s, by %s%s (facts known through %s)%n", report.from(), report.to(),
                report.grouping().replace(",", " and "), currency.isEmpty() ? "" : ", amounts in" + currency,
                report.knownThrough());
        String dimension = report.grouping().replace("month,", "").replace("month", "");
        for (KpiRow row : report.rows()) {
            out.println();
            out.println(title(row) + (row.group().equals(KpiGrouping.ALL) ? "" : " — " + dimension + " " + row.group()));
            KpiValues v = row.values();
            out.printf(Locale.ROOT, "  %,d invoices fell due: %s paid on time, %s paid within %d days (of %,d whose %d days"
                    + " have passed)%n", v.invoicesDue(), percent(v.paidOnTimeShare()), percent(v.paidWithinHorizonShare()),
                    report.horizonDays(), v.horizonClosed(), report.horizonDays());
            out.printf(Locale.ROOT, "  reminders sent %,d (SMS %,d, e-mail %,d, letter %,d), collection cases %,d, invoice"
                    + " inquiries %,d (%s per 1,000 invoices)%n", v.reminders(), v.smsReminders(), v.emailReminders(),
                    v.letterReminders(), v.collectionCases(), v.invoiceInquiries(), number(v.inquiriesPer1000(), "%.1f"));
            out.printf(Locale.ROOT, "  notices by the due date %,d (SMS %,d, e-mail %,d, letter %,d)%n", v.notices(),
                    v.smsNotices(), v.emailNotices(), v.letterNotices());
            out.printf(Locale.ROOT, "  cash recovered %,.2f%s, fee income %,.2f%s, cost of dunning %,.2f%s%n",
                    v.cashRecovered(), currency, v.feeIncome(), currency, v.dunningCost(), currency);
            out.printf(Locale.ROOT, "  %,d customers left; %,d customers at the end, average lifetime value %s%s%n",
                    v.churnedCustomers(), v.activeCustomers(), number(v.averageClv(), "%,.2f"),
                    v.averageClv() == null ? "" : currency);
            out.printf(Locale.ROOT, "  days sales outstanding %s (receivables %,.2f%s against %,.2f%s invoiced)%n",
                    number(v.daysSalesOutstanding(), "%.1f"), v.receivables(), currency, v.invoiced(), currency);
        }
    }

    private static String title(KpiRow row) {
        boolean wholeMonth = row.from().getDayOfMonth() == 1 && row.to().equals(row.from().withDayOfMonth(
                row.from().lengthOfMonth()));
        return wholeMonth ? row.from().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + row.from().getYear()
                : row.from() + " to " + row.to();
    }

    private static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String number(Double value, String pattern) {
        return value == null ? "n/a" : String.format(Locale.ROOT, pattern, value);
    }
}
