package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code dunning report} on a generated world imported into DuckDB: the PDF's figures for the month
 * are those {@code dunning kpis} prints, it carries the four trend charts and an embedded font, and
 * no customer's e-mail address or phone number appears in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportIT {
    static final String MONTH = "2026-04";
    Path temp;
    String url;
    String text;
    PDDocument pdf;

    @BeforeAll
    void writeTheReport() throws Exception {
        temp = Files.createTempDirectory("report-it-");
        Path data = temp.resolve("data");
        assertThat(dunning("generate", "--customers", "2000", "--seed", "1", "--out", data.toString()).exit()).isZero();
        url = "jdbc:duckdb:" + temp.resolve("store.duckdb");
        CliRun imported = dunning("import", "--data", data.toString(), "--db", url);
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path out = temp.resolve("report.pdf");
        CliRun report = dunning("report", "--month", MONTH, "--out", out.toString(), "--data", data.toString(), "--db", url);
        assertThat(report.exit()).as(report.err()).isZero();
        pdf = Loader.loadPDF(out.toFile());
        text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @AfterAll
    void removeTemp() throws Exception {
        pdf.close();
        try (var walk = Files.walk(temp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theFirstPageSaysWhatDunningKpisSaysForTheMonth() throws Exception {
        CliRun kpis = dunning("kpis", "--db", url, "--from", MONTH + "-01", "--to", MONTH + "-30", "--format", "json");
        assertThat(kpis.exit()).as(kpis.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(kpis.out());
        JsonNode v = report.get("rows").get(0).get("values");
        String currency = report.get("currency").asText();
        assertThat(v.get("invoicesDue").asInt()).isPositive();
        assertThat(text).contains(String.format(Locale.ROOT, "Share paid on time: %.1f%% of %,d invoices that fell due",
                        v.get("paidOnTimeShare").asDouble() * 100, v.get("invoicesDue").asInt()))
                .contains(String.format(Locale.ROOT, "Collection cases: %,d,", v.get("collectionCases").asInt()))
                .contains(String.format(Locale.ROOT, "Cash recovered: %,.2f %s", v.get("cashRecovered").asDouble(), currency))
                .contains(String.format(Locale.ROOT, "Customers who left: %,d of %,d", v.get("churnedCustomers").asInt(),
                        v.get("activeCustomers").asInt()))
                .contains("Monthly report: April 2026", "from March 2026", "from April 2025",
                        "What changed, biggest change first", "Experiments as of 2026-05-01");
        // The first page carries the plain words; the charts and tables follow.
        String first = pageText(1);
        assertThat(first).contains("Share paid on time:", "Collection cases:", "Invoice inquiries:", "Cash recovered:");
    }

    @Test
    void theChartsAreImagesAndTheFontIsEmbedded() throws Exception {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        assertThat(images).isEqualTo(4);
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }

    @Test
    void noCustomersContactDetailsAppear() throws Exception {
        List<String> lines = Files.readAllLines(temp.resolve("data/history/customers.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int email = header.indexOf("email");
        int phone = header.indexOf("phone");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (int column : new int[] {email, phone}) {
                if (!cells[column].isBlank()) {
                    assertThat(text).doesNotContain(cells[column]);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(text).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    }

    private String pageText(int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
