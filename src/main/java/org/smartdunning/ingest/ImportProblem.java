package org.smartdunning.ingest;

import java.util.regex.Pattern;

/**
 * One thing wrong with a data folder, located like a compiler error:
 * {@code history/invoices.csv:17:5 (amount): not a decimal number: '12,50'}.
 *
 * @param file       path relative to the data folder, with '/' separators
 * @param line       1-based line in the file (the header is line 1); 0 for the file as a whole
 * @param column     1-based column in the file; 0 when no single column is concerned
 * @param columnName the contract column concerned, or null
 * @param reason     what is wrong, readable by the person who exported the data
 */
public record ImportProblem(String file, long line, int column, String columnName, String reason)
        implements java.io.Serializable {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Control characters of echoed values (line breaks, terminal escapes) are shown as U+FFFD. */
    public ImportProblem {
        reason = CONTROL.matcher(reason).replaceAll("\uFFFD");
    }

    public static ImportProblem ofFile(String file, String reason) {
        return new ImportProblem(file, 0, 0, null, reason);
    }

    public String render() {
        return where() + ": " + reason;
    }

    /** Where the problem is: {@code file:line:column (name)}, as far as known. */
    public String where() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (columnName != null) {
            text.append(" (").append(columnName).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
