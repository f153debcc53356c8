package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} on a small synthetic creditor: plain words in the creditor's currency first, the statistics below. */
class DemoCommandIT {
    @TempDir
    Path temp;

    @Test
    void leadsWithThePlainSummaryOfItsDecisionsFileThenTheAnalystsBlock() throws Exception {
        Path dir = temp.resolve("demo");

        CliRun demo = dunning("demo", "--customers", "1500", "--seed", "4", "--dir", dir.toString());

        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).startsWith("Decided ").contains("overdue invoices of a synthetic creditor (nordic-telecom,"
                + " 1,500 customers, seed 4)");
        PlainLines.matchDecisionsFile(demo.out(), dir.resolve("data"), dir.resolve("decisions.csv"));
        String analysts = demo.out().substring(demo.out().indexOf(AnalystsBlock.HEADING));
        assertThat(analysts).contains("1. generating a synthetic creditor").contains("doubly robust value per invoice")
                .contains("3. scoring the decisions against the world's hidden truth").contains("demo done in");
    }
}
