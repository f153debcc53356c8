package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AnalystsBlockTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void offATerminalProgressStreamsLineByLineAndTheSummaryLeadsStdout() {
        AnalystsBlock block = new AnalystsBlock(new PrintWriter(out, true), new PrintWriter(err, true), false);
        block.lead(() -> {
            block.writer().print("loaded history");
            assertThat(err.toString()).as("an unfinished line waits").isEmpty();
            block.writer().println(" in 3.2 s");
            block.writer().println("trained in 6.3 s");
            assertThat(err.toString()).isEqualTo("loaded history in 3.2 s\ntrained in 6.3 s\n");
            return "Decided 3 invoices.\n";
        });
        assertThat(out.toString()).isEqualTo("Decided 3 invoices.\n" + AnalystsBlock.HEADING + "\n"
                + "loaded history in 3.2 s\ntrained in 6.3 s\n");
        assertThat(err.toString()).doesNotContain("\r").doesNotContain("Decided");
    }

    @Test
    void aFailurePrintsWhatWasHeldBeforeTheError() {
        AnalystsBlock block = new AnalystsBlock(new PrintWriter(out, true), new PrintWriter(err, true), false);
        assertThatThrownBy(() -> block.lead(() -> {
            block.writer().println("imported 1,000 rows");
            throw new IllegalStateException("store busy");
        })).hasMessage("store busy");
        assertThat(out.toString()).isEqualTo("imported 1,000 rows\n");
        assertThat(err.toString()).isEqualTo("imported 1,000 rows\n");
    }
}
