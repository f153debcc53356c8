package org.smartdunning.report.pdf;

import static org.smartdunning.report.pdf.ReportWords.amount;
import static org.smartdunning.report.pdf.ReportWords.count;
import static org.smartdunning.report.pdf.ReportWords.month;
import static org.smartdunning.report.pdf.ReportWords.number;
import static org.smartdunning.report.pdf.ReportWords.percent;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.application.report.MonthlyReport;
import org.smartdunning.application.report.MonthlyReportRenderer;
import org.smartdunning.experiments.analysis.ArmComparison;
import org.smartdunning.experiments.analysis.ArmResult;
import org.smartdunning.experiments.analysis.ExperimentResult;
import org.smartdunning.kpi.KpiChange;
import org.smartdunning.kpi.KpiValues;

/**
 * The monthly report as PDF: first page in plain words (what a credit manager asks, up or down, and
 * what changed most), then the trend charts, every KPI of the month, and the experiments. It names
 * no customer: every figure is a total.
 */
public final class PdfMonthlyReport implements MonthlyReportRenderer {
    private static final float TITLE = 20;
    private static final float HEADING = 14;
    private static final float TEXT = 10.5f;
    private static final float VALUE_X = ReportPage.LEFT + 250;

    @Override
    public byte[] render(MonthlyReport report) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Monthly report " + report.month());
            document.getDocumentInformation().setCreator("Smart Dunning");
            try (ReportPage page = new ReportPage(document)) {
                firstPage(page, report);
                page.newPage();
                page.line(ReportPage.LEFT, HEADING, "Trends over thirteen months");
                for (BufferedImage chart : KpiCharts.of(report)) {
                    page.image(chart);
                }
                page.newPage();
                allKpis(page, report);
                page.newPage();
                experiments(page, report.experiments());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the monthly report for " + report.month(), e);
        }
    }

    private static void firstPage(ReportPage page, MonthlyReport report) throws IOException {
        YearMonth m = report.month();
        String currency = report.trend().currency();
        KpiValues v = report.current().values();
        page.line(ReportPage.LEFT, TITLE, "Monthly report: " + month(m));
        page.paragraph(TEXT, "From what happened in the creditor's books, facts known through "
                + report.trend().knownThrough() + (currency == null ? "." : "; amounts in " + currency + "."));
        page.space(8);
        page.line(ReportPage.LEFT, HEADING, "The month in plain words");
        page.paragraph(TEXT, "Share paid on time: " + percent(v.paidOnTimeShare()) + " of " + count(v.invoicesDue())
                + " invoices that fell due, " + words(report, "share paid on time") + ".");
        page.paragraph(TEXT, "Collection cases: " + count(v.collectionCases()) + ", "
                + words(report, "collection cases") + ".");
        page.paragraph(TEXT, "Invoice inquiries: " + count(v.invoiceInquiries()) + ", " + number(v.inquiriesPer1000())
                + " per 1,000 invoices, " + words(report, "invoice inquiries per 1,000 invoices") + ".");
        page.paragraph(TEXT, "Customers who left: " + count(v.churnedCustomers()) + " of " + count(v.activeCustomers())
                + " at the month's end, " + words(report, "customers who left") + ".");
        page.paragraph(TEXT, "Cash recovered: " + amount(v.cashRecovered(), currency) + ", "
                + words(report, "cash recovered") + ".");
        page.space(8);
        page.line(ReportPage.LEFT, HEADING, "What changed, biggest change first");
        for (KpiChange c : report.changes()) {
            page.paragraph(TEXT, capitalised(c.kpi()) + " (" + ReportWords.verdict(c) + "): "
                    + ReportWords.change(c, m) + ".");
        }
    }

    private static String words(MonthlyReport report, String kpi) {
        return report.changes().stream().filter(c -> c.kpi().equals(kpi)).findFirst()
                .map(c -> ReportWords.change(c, report.month())).orElse("");
    }

    private static void allKpis(ReportPage page, MonthlyReport report) throws IOException {
        String currency = report.trend().currency();
        KpiValues v = report.current().values();
        page.line(ReportPage.LEFT, HEADING, "Every KPI of " + month(report.month()));
        page.pair(TEXT, "Invoices that fell due", VALUE_X, count(v.invoicesDue()));
        page.pair(TEXT, "Share paid on time", VALUE_X, percent(v.paidOnTimeShare()));
        page.pair(TEXT, "Share paid within " + report.trend().horizonDays() + " days", VALUE_X,
                percent(v.paidWithinHorizonShare()) + " of " + count(v.horizonClosed()) + " whose horizon has passed");
        page.pair(TEXT, "Days sales outstanding", VALUE_X, number(v.daysSalesOutstanding()));
        page.pair(TEXT, "Reminders (SMS, e-mail, letter)", VALUE_X, count(v.reminders()) + " (" + count(v.smsReminders())
                + ", " + count(v.emailReminders()) + ", " + count(v.letterReminders()) + ")");
        page.pair(TEXT, "Notices by the due date (SMS, e-mail, letter)", VALUE_X, count(v.notices()) + " ("
                + count(v.smsNotices()) + ", " + count(v.emailNotices()) + ", " + count(v.letterNotices()) + ")");
        page.pair(TEXT, "Collection cases", VALUE_X, count(v.collectionCases()));
        page.pair(TEXT, "Invoice inquiries", VALUE_X, count(v.invoiceInquiries()) + " (" + number(v.inquiriesPer1000())
                + " per 1,000 invoices)");
        page.pair(TEXT, "Customers who left", VALUE_X, count(v.churnedCustomers()));
        page.pair(TEXT, "Customers at the month's end", VALUE_X, count(v.activeCustomers()));
        page.pair(TEXT, "Average customer lifetime value", VALUE_X, amount(v.averageClv(), currency));
        page.pair(TEXT, "Cash recovered", VALUE_X, amount(v.cashRecovered(), currency));
        page.pair(TEXT, "Fee income", VALUE_X, amount(v.feeIncome(), currency));
        page.pair(TEXT, "Cost of dunning", VALUE_X, amount(v.dunningCost(), currency));
        page.pair(TEXT, "Invoiced", VALUE_X, amount(v.invoiced(), currency));
        page.pair(TEXT, "Receivables at the month's end", VALUE_X, amount(v.receivables(), currency));
    }

    private static void experiments(ReportPage page, ExperimentsReport report) throws IOException {
        page.line(ReportPage.LEFT, HEADING, "Experiments as of " + report.asOf());
        if (report.experiments().isEmpty()) {
            page.paragraph(TEXT, "No randomised experiment has closed invoices yet.");
            return;
        }
        for (ExperimentResult e : report.experiments()) {
            page.space(6);
            page.paragraph(TEXT + 1, e.experiment() + ": " + count(e.invoices()) + " closed invoices, " + count(e.open())
                    + " still open; each arm against " + e.control() + ".");
            for (ArmResult arm : e.arms()) {
                page.paragraph(TEXT, "  " + arm.arm() + " (" + arm.action() + "), " + count(arm.invoices())
                        + " invoices: paid within " + report.horizonDays() + " days "
                        + ReportWords.interval(arm.figures().paidWithinHorizon(), true) + ", value per invoice "
                        + ReportWords.interval(arm.figures().value(), false));
            }
            for (ArmComparison c : e.comparisons()) {
                page.paragraph(TEXT, "  " + c.arm() + " against " + c.against() + ": value per invoice, " + c.value().verdict()
                        + "; paid within the horizon, " + c.paidWithinHorizon().verdict() + ".");
            }
        }
        page.space(6);
        page.paragraph(TEXT - 1.5f, "For analysts: " + report.estimator() + ".");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
