package org.smartdunning.channels.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring, cleaning and line-breaking text in a PDF font: the letters' Helvetica, the monthly report's embedded font. */
public final class PdfText {
    private PdfText() {
    }

    /** The width of {@code text} in points at {@code size}. */
    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /**
     * The text in composed form (so "a" plus a combining ring is "å", which WinAnsi has), white space
     * as plain spaces, and every character the font lacks replaced by {@code ?}: a debtor's
     * name in a script the letter cannot print must not stop the letter.
     */
    public static String printable(PDFont font, String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? " " : Character.toString(cp);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The paragraph broken into lines at most {@code maxWidth} wide, at spaces where possible. */
    public static List<String> wrap(PDFont font, float size, String paragraph, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the page (a long URL or IBAN without spaces) is cut where it must be.
            while (width(font, size, word) > maxWidth) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
