package org.smartdunning.channels.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages of a letter written top to bottom: a cursor that moves down as lines are written and
 * starts a new page at the bottom margin. Text is set in the standard Helvetica, which every PDF
 * reader has, so no font is embedded; its WinAnsi encoding covers the Nordic and German letters
 * (å ä ö æ ø ü ß, €), and any character it cannot show is printed as {@code ?} instead of failing.
 */
final class LetterCanvas implements AutoCloseable {
    static final float LEFT = 64;
    static final float RIGHT = PDRectangle.A4.getWidth() - 56;
    static final float TOP = PDRectangle.A4.getHeight() - 56;
    static final float BOTTOM = 72;

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    LetterCanvas(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** The cursor's height above the page's bottom edge. */
    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float points) throws IOException {
        y -= points;
        if (y < BOTTOM) {
            newPage();
        }
    }

    /** Makes sure {@code height} points fit above the bottom margin, else continues on a new page. */
    void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Writes one line at {@code x} on the cursor's baseline, without moving the cursor. */
    void text(float x, PDType1Font font, float size, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }

    /** Writes one line ending at {@code right}. */
    void textRight(float right, PDType1Font font, float size, String text) throws IOException {
        text(right - PdfText.width(font, size, text), font, size, text);
    }

    /** Writes text wrapped to the page width, one line per {@code leading} points; newlines start paragraphs. */
    void paragraphs(PDType1Font font, float size, float leading, String text) throws IOException {
        for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
            for (String line : PdfText.wrap(font, size, paragraph, RIGHT - LEFT)) {
                keep(leading);
                down(leading);
                text(LEFT, font, size, line);
            }
        }
    }

    void rule(float from, float to) throws IOException {
        content.setLineWidth(0.6f);
        content.moveTo(from, y);
        content.lineTo(to, y);
        content.stroke();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
