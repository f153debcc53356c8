package org.smartdunning.channels.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.SampleMessages;
import org.smartdunning.channels.templates.MessageTemplates;
import org.smartdunning.history.DunningAction;

class PdfLetterChannelTest {
    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static OutboundMessage letter(String key, String language, String subject, String body) {
        OutboundMessage sample = SampleMessages.message(key, DunningAction.LETTER, language);
        return new OutboundMessage(key, DunningAction.LETTER, sample.recipient(), sample.notice(), subject, body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sv|Förfallet belopp|Påminnelseavgift|Dröjsmålsränta|Att betala|Betala senast|OCR/referens|Betala till|1 234,50 kr|1 306,84 kr|2025-03-31|Kundnummer C-1001|Sverige",
        "nb|Forfalt beløp|Purregebyr|Forsinkelsesrente|Å betale|Betal innen|KID/referanse|Kontonummer|1 234,50 kr|1 306,84 kr|31.03.2025|Kundenummer C-1001|Norge",
        "de|Offener Betrag|Mahngebühr|Verzugszinsen|Gesamtbetrag|Zahlbar bis|Verwendungszweck|Bankverbindung|1.234,50 €|1.346,84 €|31.03.2025|Kundennummer C-1001|Deutschland",
        "en|Amount due|Reminder fee|Late-payment interest|Total due|Pay by|Payment reference|Bank account|SEK 1,234.50|SEK 1,306.84|31 March 2025|Customer number C-1001|United Kingdom"})
    void writesTheLetterInTheRecipientsLanguage(String language, String amountDue, String fee, String interest,
                                                String total, String payBy, String reference, String account,
                                                String amount, String totalAmount, String deadline,
                                                String customer, String country) throws IOException {
        var rendered = MessageTemplates.bundled().render("reminder", language, DunningAction.LETTER,
                SampleMessages.notice(language), SampleMessages.recipient(language));
        OutboundMessage message = rendered.toMessage("letter-" + language, DunningAction.LETTER,
                SampleMessages.recipient(language), SampleMessages.notice(language));

        DeliveryResult result = new PdfLetterChannel(dir).deliver(message);

        assertThat(result.delivered()).as(result.detail()).isTrue();
        Path file = dir.resolve("2025-03-17").resolve("letter-" + language + ".pdf");
        assertThat(result.reference()).isEqualTo(file.toString());
        String text = text(file);
        assertThat(text).contains(amountDue, fee, interest, total, payBy, reference, account, amount, totalAmount,
                deadline, customer, country, "114 55", SampleMessages.INVOICE, message.notice().reference(),
                message.notice().creditor().name(), message.notice().creditor().bankAccount(),
                message.notice().creditor().registration(), message.notice().creditor().email(),
                message.notice().creditor().phone(), rendered.subject());
        assertThat(text).contains(language.equals("de") ? "Verzugspauschale" : amount)
                .doesNotContain(language.equals("de") ? "§" : "Verzugspauschale");
    }

    @Test
    void compensationRowOnlyWhenClaimed() throws IOException {
        new PdfLetterChannel(dir).deliver(letter("no-comp", "en", "Reminder", "Please pay."));
        assertThat(text(dir.resolve("2025-03-17/no-comp.pdf"))).doesNotContain("Recovery compensation");
    }

    @Test
    void nordicAndGermanLettersRoundTrip() throws IOException {
        String letters = "å ä ö Å Ä Ö æ ø Æ Ø ü Ü ß é € Grüße, Smørbrød, Påminnelse";
        new PdfLetterChannel(dir).deliver(letter("letters", "sv", "Rubrik åäö ÆØ ß", letters));
        String text = text(dir.resolve("2025-03-17/letters.pdf"));
        assertThat(text).contains(letters, "Rubrik åäö ÆØ ß");
    }

    @Test
    void charactersHelveticaCannotShowBecomeQuestionMarksInsteadOfFailing() throws IOException {
        DeliveryResult result = new PdfLetterChannel(dir).deliver(letter("polish", "en", "Łódź 🙂", "Zażółć\tgęślą"));
        assertThat(result.delivered()).as(result.detail()).isTrue();
        assertThat(text(dir.resolve("2025-03-17/polish.pdf"))).contains("?ód?", "Za?ó?? g??l?");
    }

    @Test
    void aSecondDeliveryOfTheSameKeyIsANoOp() throws IOException {
        PdfLetterChannel channel = new PdfLetterChannel(dir);
        DeliveryResult first = channel.deliver(letter("k-1", "sv", "Första", "Ett"));
        Path file = Path.of(first.reference());
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        byte[] before = Files.readAllBytes(file);

        DeliveryResult again = channel.deliver(letter("k-1", "sv", "Andra", "Två"));

        assertThat(again.delivered()).isTrue();
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
        assertThat(text(file)).contains("Första").doesNotContain("Andra");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("k-1.pdf");
        }
    }

    @Test
    void keysBecomeSafeFileNames() {
        DeliveryResult result = new PdfLetterChannel(dir).deliver(letter("../INV 1/letter", "en", "S", "B"));
        assertThat(result.reference()).isEqualTo(dir.resolve("2025-03-17/%2E%2E%2FINV%201%2Fletter.pdf").toString());
        assertThat(Files.exists(Path.of(result.reference()))).isTrue();
    }

    @Test
    void aLongBodyContinuesOnMorePagesOfA4() throws IOException {
        String body = String.join("\n\n", java.util.Collections.nCopies(60,
                "Detta är ett långt stycke text som ska radbrytas över hela sidans bredd och fortsätta på nästa sida."));
        new PdfLetterChannel(dir).deliver(letter("long", "sv", "Lång", body + " " + "X".repeat(300)));
        try (PDDocument document = Loader.loadPDF(dir.resolve("2025-03-17/long.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Att betala", "1 306,84 kr");
            assertThat(text.replaceAll("\\s", "")).contains("X".repeat(300));
        }
    }

    @Test
    void anUnwritableFolderIsATransientFailure() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the letters folder should be");
        DeliveryResult result = new PdfLetterChannel(blocked).deliver(letter("k", "en", "S", "B"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
        assertThat(result.detail()).contains("blocked");
    }

    @Test
    void writesNoTemporaryFilesBehind() throws IOException {
        PdfLetterChannel channel = new PdfLetterChannel(dir);
        for (String key : List.of("a", "b", "c")) {
            channel.deliver(letter(key, "de", "Betreff", "Text"));
        }
        try (var files = Files.list(dir.resolve("2025-03-17"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("a.pdf", "b.pdf", "c.pdf");
        }
    }
}
