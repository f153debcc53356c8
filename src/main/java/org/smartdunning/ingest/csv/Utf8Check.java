package org.smartdunning.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.ingest.HistoryFile;
import org.smartdunning.ingest.ImportProblem;

/**
 * Finds where a file stops being UTF-8, once the reader has failed on it: the line, the field
 * column and the character of the line of the first bad byte. Decoding is the JDK's; this class
 * only keeps count of lines and of the fields of the current line.
 */
final class Utf8Check {
    private static final int CHUNK = 1 << 16;

    private Utf8Check() {
    }

    /** The problem at the file's first byte that is not UTF-8. */
    static ImportProblem firstBadByte(Path path, HistoryFile file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        LinePosition position = new LinePosition();
        try (InputStream stream = Files.newInputStream(path)) {
            boolean end = false;
            while (true) {
                int read = end ? -1 : stream.read(in.array(), in.position(), in.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    in.position(in.position() + read);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                position.advance(out.flip());
                out.clear();
                if (result.isError()) {
                    int bad = in.get(in.position()) & 0xFF;
                    return position.problem(file, String.format(
                            "byte 0x%02X (character %d of the line) is not UTF-8: the file must be saved as UTF-8",
                            bad, position.character()));
                }
                if (end && !in.hasRemaining()) {
                    return ImportProblem.ofFile(file.path(), "not readable as UTF-8");
                }
                in.compact();
            }
        }
    }

    /**
     * Line, field and character reached so far, counting commas outside quotes as the CSV does; the
     * header's names are kept to name the column.
     */
    private static final class LinePosition {
        private final List<String> header = new ArrayList<>();
        private final StringBuilder name = new StringBuilder();
        private long line = 1;
        private int field;
        private int character;
        private boolean quoted;

        void advance(CharBuffer chars) {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    endField();
                    line++;
                    field = 0;
                    character = 0;
                    quoted = false;
                    continue;
                }
                character++;
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    endField();
                    field++;
                } else if (line == 1 && c != '\uFEFF') {
                    name.append(c);
                }
            }
        }

        private void endField() {
            if (line == 1) {
                header.add(name.toString().strip());
                name.setLength(0);
            }
        }

        int character() {
            return character + 1;
        }

        /** Named by the header when the column is a contract column (other names are the file's text, unchecked). */
        ImportProblem problem(HistoryFile file, String reason) {
            String column = line > 1 && field < header.size() ? header.get(field) : null;
            boolean known = column != null && file.columns().contains(column);
            return new ImportProblem(file.path(), line, field + 1, known ? column : null, reason);
        }
    }
}
