package org.smartdunning.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --format text|csv|json} of the commands that print a measured table. */
final class TableFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    /** The chosen format, lower case. @throws IllegalArgumentException for any other */
    String shape() {
        String shape = format.trim().toLowerCase(Locale.ROOT);
        if (!shape.equals("text") && !shape.equals("csv") && !shape.equals("json")) {
            throw new IllegalArgumentException("--format takes text, csv or json; was '" + format + "'");
        }
        return shape;
    }
}
