package org.smartdunning.ingest.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.smartdunning.ingest.HistoryFile;
import org.smartdunning.ingest.ImportProblem;
import org.smartdunning.ingest.ImportProblems;
import org.smartdunning.ingest.SourceRow;

/**
 * Reads one contract CSV strictly: UTF-8 only (the first bad byte is a problem at its line and
 * column), every row with exactly the header's number of fields, no value across lines (which is
 * how a missing closing quote shows). Such a structural problem names the real cause, and the
 * file then counts as not read, so that references into it do not cascade into thousands of
 * "unknown id" problems.
 */
final class CsvFileReader {
    private static final char BOM = '\uFEFF';

    private final Path path;
    private final HistoryFile file;
    private final ImportProblems problems;
    private List<String> header;
    private boolean intact = true;

    CsvFileReader(Path path, HistoryFile file, ImportProblems problems) {
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    /** Streams the rows; whether every row could be read as a row of the header's columns. */
    boolean read(Consumer<SourceRow> rows) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                .ofCsvRecord(new InputStreamReader(Files.newInputStream(path), decoder));
        try (reader) {
            Iterator<CsvRecord> records = reader.iterator();
            CsvRecord first = records.hasNext() ? records.next() : null;
            if (first == null) {
                problems.add(new ImportProblem(file.path(), 1, 0, null, "file is empty: no header row"));
                return false;
            }
            if (spansLines(first, !records.hasNext())) {
                return false;
            }
            int[] index = columnIndexes(first);
            if (index == null) {
                return false;
            }
            streamRows(records, index, rows);
            return intact;
        } catch (UncheckedIOException | CsvParseException e) {
            return unreadable(e);
        }
    }

    private void streamRows(Iterator<CsvRecord> records, int[] index, Consumer<SourceRow> rows) {
        int[] fileColumns = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            fileColumns[i] = index[i] + 1;
        }
        SourceRow row = new SourceRow(file, fileColumns);
        int columns = index.length;
        int headerSize = header.size();
        CsvRecord pending = records.hasNext() ? records.next() : null;
        while (pending != null) {
            CsvRecord next = records.hasNext() ? records.next() : null;
            // only a record followed by a gap in line numbers (or the last one) may span lines: the
            // others are not scanned for line breaks
            boolean gap = next == null || next.getStartingLineNumber() > pending.getStartingLineNumber() + 1;
            if (gap && spansLines(pending, next == null)) {
                return;
            }
            int fieldCount = pending.getFieldCount();
            if (fieldCount != headerSize) {
                wrongFieldCount(pending);
            } else {
                for (int i = 0; i < columns; i++) {
                    row.set(i, pending.getField(index[i]));
                }
                row.line(pending.getStartingLineNumber());
                rows.accept(row);
            }
            pending = next;
        }
    }

    /**
     * Whether a value of the record holds a line break: a problem at the field where it opened.
     * A value that swallows the file's last line break ran to the end of the file.
     */
    private boolean spansLines(CsvRecord record, boolean last) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String value = record.getField(i);
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                List<String> fields = record.getFields();
                String end = fields.get(fields.size() - 1);
                boolean toEnd = last && (end.endsWith("\n") || end.endsWith("\r"));
                long lines = lineBreaks(fields) - (toEnd ? 1 : 0);
                long to = record.getStartingLineNumber() + lines;
                problems.add(new ImportProblem(file.path(), record.getStartingLineNumber(), i + 1, columnName(i),
                        "a quoted value runs on " + (toEnd ? "to the end of the file (line " + to + ")"
                                : "to line " + to + (lines > 1 ? ", over the rows between" : ""))
                                + ": a closing quote is missing, or the value holds a line break, which no value may"));
                intact = false;
                return true;
            }
        }
        return false;
    }

    private static long lineBreaks(List<String> fields) {
        long count = 0;
        for (String value : fields) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    count++;
                }
            }
        }
        return count;
    }

    private void wrongFieldCount(CsvRecord record) {
        int count = record.getFieldCount();
        int headerSize = header.size();
        String reason = count + (count == 1 ? " field" : " fields") + ", but the header has " + headerSize
                + (count > headerSize ? ": a value holding a ',' must be quoted" : "");
        int column = Math.min(count, headerSize) + 1;
        problems.add(new ImportProblem(file.path(), record.getStartingLineNumber(), column, columnName(column - 1),
                reason));
        intact = false;
    }

    /** The header's name of a column when it is a contract column (other names are the file's text, unchecked). */
    private String columnName(int index) {
        String name = header != null && index < header.size() ? header.get(index) : null;
        return name != null && file.columns().contains(name) ? name : null;
    }

    /** Index in the file of each contract column; null (with problems added) when some are missing. */
    private int[] columnIndexes(CsvRecord first) {
        List<String> names = new ArrayList<>(first.getFieldCount());
        for (String name : first.getFields()) {
            names.add(name.strip());
        }
        if (!names.isEmpty() && !names.get(0).isEmpty() && names.get(0).charAt(0) == BOM) {
            names.set(0, names.get(0).substring(1).strip());
        }
        header = names;
        List<String> columns = file.columns();
        int[] index = new int[columns.size()];
        boolean complete = true;
        for (int i = 0; i < index.length; i++) {
            index[i] = names.indexOf(columns.get(i));
            if (index[i] < 0) {
                problems.add(new ImportProblem(file.path(), 1, 0, columns.get(i), "missing required column"));
                complete = false;
            }
        }
        return complete ? index : null;
    }

    /** A file that stops being readable part way: bytes that are not UTF-8, or CSV that FastCSV cannot parse. */
    private boolean unreadable(RuntimeException e) throws IOException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                problems.add(Utf8Check.firstBadByte(path, file));
                return false;
            }
        }
        if (e instanceof CsvParseException) {
            Throwable root = e.getCause() != null ? e.getCause() : e;
            problems.add(ImportProblem.ofFile(file.path(), "not readable as CSV: " + e.getMessage()
                    + (root != e ? ": " + root.getMessage() : "")));
            return false;
        }
        throw ((UncheckedIOException) e).getCause();
    }
}
