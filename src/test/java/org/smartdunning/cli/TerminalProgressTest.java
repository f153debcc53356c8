package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void rewritesOneLinePerFileWithRowsAndRate() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            StringWriter text = new StringWriter();
            ImportCommand.TerminalProgress progress = new ImportCommand.TerminalProgress(new PrintWriter(text));

            progress.rowsRead("history/invoices.csv", 65_536, 500_000_000L);
            progress.fileFinished("history/invoices.csv", 100_000, 1_000_000_000L);

            assertThat(text.toString()).isEqualTo(
                    "\rhistory/invoices.csv               65,536 rows    131,072 rows/s"
                            + "\rhistory/invoices.csv              100,000 rows    100,000 rows/s" + System.lineSeparator());
        } finally {
            Locale.setDefault(before);
        }
    }
}
