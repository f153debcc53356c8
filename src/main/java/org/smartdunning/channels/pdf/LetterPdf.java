package org.smartdunning.channels.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.smartdunning.channels.Creditor;
import org.smartdunning.channels.Language;
import org.smartdunning.channels.LanguageFormat;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.Recipient;
import org.smartdunning.history.Money;

/**
 * One dunning letter as PDF bytes: the creditor's block and the date at the top, the recipient's
 * block where a window envelope shows it, the heading, the table of what to pay, by when, with which
 * reference and to which account, then the text; fixed words in the recipient's language.
 */
final class LetterPdf {
    private static final float SMALL = 9.5f;
    private static final float TEXT = 10.5f;
    private static final float HEADING = 14;
    /** Where a C5/DL window envelope shows the address, measured from the page top. */
    private static final float RECIPIENT_FROM_TOP = 150;
    private static final float TABLE_VALUE_RIGHT = LetterCanvas.LEFT + 330;

    private final OutboundMessage message;
    private final Language language;
    private final LetterLabels labels;
    private final LanguageFormat format;

    LetterPdf(OutboundMessage message) {
        this.message = message;
        this.language = Language.of(message.recipient().language());
        this.labels = LetterLabels.of(language);
        this.format = new LanguageFormat(language);
    }

    byte[] render() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(message.subject());
            info.setAuthor(message.notice().creditor().name());
            info.setCreator("Smart Dunning");
            try (LetterCanvas canvas = new LetterCanvas(document)) {
                creditorBlock(canvas);
                recipientBlock(canvas);
                canvas.down(36);
                canvas.paragraphs(canvas.bold, HEADING, 18, message.subject());
                // What to pay, by when and how comes before the text: it is what the debtor needs, and
                // it stays on the first page however long the creditor's text is.
                canvas.down(6);
                paymentTable(canvas);
                canvas.down(16);
                canvas.paragraphs(canvas.regular, TEXT, 14, message.body());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            document.save(out);
            return out.toByteArray();
        }
    }

    private void creditorBlock(LetterCanvas canvas) throws IOException {
        Creditor creditor = message.notice().creditor();
        canvas.text(LetterCanvas.LEFT, canvas.bold, 13, creditor.name());
        canvas.textRight(LetterCanvas.RIGHT, canvas.regular, TEXT,
                labels.date() + " " + format.date(message.notice().issuedOn()));
        canvas.down(4);
        for (String line : creditor.address().split("\\R")) {
            smallLine(canvas, line);
        }
        smallLine(canvas, labeled(labels.registration(), creditor.registration()));
        smallLine(canvas, labeled(labels.phone(), creditor.phone()));
        smallLine(canvas, labeled(labels.email(), creditor.email()));
    }

    private void recipientBlock(LetterCanvas canvas) throws IOException {
        Recipient recipient = message.recipient();
        canvas.moveTo(Math.min(canvas.y() - 24, LetterCanvas.TOP - RECIPIENT_FROM_TOP));
        canvas.text(LetterCanvas.LEFT, canvas.bold, TEXT, labels.customerNumber() + " " + recipient.customerId());
        canvas.down(14);
        canvas.text(LetterCanvas.LEFT, canvas.regular, TEXT,
                labels.postalCode() + " " + (recipient.postalCode() == null ? "" : recipient.postalCode()));
        canvas.down(14);
        canvas.text(LetterCanvas.LEFT, canvas.regular, TEXT, labels.country() + " " + countryName(recipient.country()));
    }

    private void paymentTable(LetterCanvas canvas) throws IOException {
        Notice notice = message.notice();
        canvas.keep(11 * 15 + 10);
        row(canvas, labels.invoice(), notice.invoiceId().value(), false);
        row(canvas, labels.dueOn(), format.date(notice.dueOn()), false);
        row(canvas, labels.amountDue(), money(notice.amountDue()), false);
        row(canvas, labels.fee(), money(notice.fee()), false);
        row(canvas, labels.interest(), money(notice.interest()), false);
        if (notice.compensation().cents() != 0) {
            row(canvas, labels.compensation(), money(notice.compensation()), false);
        }
        canvas.down(5);
        canvas.rule(LetterCanvas.LEFT, TABLE_VALUE_RIGHT);
        row(canvas, labels.total(), money(notice.total()), true);
        row(canvas, labels.payBy(), format.date(notice.payBy()), true);
        row(canvas, labels.reference(), notice.reference() == null ? "" : notice.reference(), true);
        row(canvas, labels.bankAccount(), notice.creditor().bankAccount(), false);
    }

    private void row(LetterCanvas canvas, String label, String value, boolean strong) throws IOException {
        canvas.down(15);
        canvas.text(LetterCanvas.LEFT, strong ? canvas.bold : canvas.regular, TEXT, label);
        canvas.textRight(TABLE_VALUE_RIGHT, strong ? canvas.bold : canvas.regular, TEXT, value);
    }

    private static void smallLine(LetterCanvas canvas, String line) throws IOException {
        if (!line.isBlank()) {
            canvas.down(12);
            canvas.text(LetterCanvas.LEFT, canvas.regular, SMALL, line.strip());
        }
    }

    private static String labeled(String label, String value) {
        return value.isBlank() ? "" : label + " " + value;
    }

    private String money(Money amount) {
        return format.amount(amount, message.notice().currency());
    }

    /** The country's name in the letter's language ("Sverige", "Schweden"); the code when the JDK has no name. */
    private String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isBlank() ? code : name;
    }
}
