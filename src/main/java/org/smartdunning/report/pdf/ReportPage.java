package org.smartdunning.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.smartdunning.channels.pdf.PdfText;

/**
 * A4 pages written top to bottom in Liberation Sans, embedded (a subset) so the report reads the same
 * everywhere; the font file is the one PDFBox itself ships, so no font is bundled twice.
 */
final class ReportPage implements AutoCloseable {
    static final float LEFT = 56;
    static final float RIGHT = PDRectangle.A4.getWidth() - 56;
    private static final float TOP = PDRectangle.A4.getHeight() - 56;
    private static final float BOTTOM = 56;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    ReportPage(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("PDFBox's own font " + FONT + " is missing from the class path");
            }
            this.font = PDType0Font.load(document, in, true);
        }
        newPage();
    }

    /** Starts a new page. */
    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Writes text wrapped to the page width, {@code size} points high, and moves below it. */
    void paragraph(float size, String text) throws IOException {
        for (String line : PdfText.wrap(font, size, text, RIGHT - LEFT)) {
            line(LEFT, size, line);
        }
    }

    /** Writes one line at {@code x}, moving down a line first. */
    void line(float x, float size, String text) throws IOException {
        down(size * 1.35f);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }

    /** Writes a label and a value on one line, the value at {@code valueX}. */
    void pair(float size, String label, float valueX, String value) throws IOException {
        line(LEFT, size, label);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(valueX, y);
        content.showText(PdfText.printable(font, value));
        content.endText();
    }

    void space(float points) throws IOException {
        down(points);
    }

    /** Draws an image the page's width wide, keeping its proportions. */
    void image(BufferedImage image) throws IOException {
        float width = RIGHT - LEFT;
        float height = width * image.getHeight() / image.getWidth();
        down(height + 6);
        content.drawImage(LosslessFactory.createFromImage(document, image), LEFT, y, width, height);
    }

    private void down(float points) throws IOException {
        if (y - points < BOTTOM) {
            newPage();
        }
        y -= points;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
