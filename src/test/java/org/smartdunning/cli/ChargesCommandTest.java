package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import org.junit.jupiter.api.Test;

class ChargesCommandTest {
    @Test
    void swedishInterestIsTheReferenceRatePlusEightPointsDayByDay() {
        CliRun run = dunning("charges", "--country", "SE", "--amount", "1000", "--due", "2025-11-15", "--on", "2026-02-15");
        assertThat(run.exit()).as(run.err()).isZero();
        // 2.00 % reference rate (2025-07-01 and 2026-01-01) + 8: 1000 * 10 % * 92 / 365 = 25.205...
        assertThat(run.out()).contains("interest 2025-11-16 to 2026-02-15: 92 days at 10% = 25.21")
                .contains("reminder fee cap: 60.00").contains("flat compensation: 0.00");
    }

    @Test
    void germanBusinessInterestRunsFromDefaultWithTheFlatCompensation() {
        CliRun run = dunning("charges", "--country", "DE", "--amount", "1000", "--due", "2025-11-15", "--on", "2026-02-15",
                "--debtor", "business");
        // default 30 days after the due date; Basiszinssatz 1.27 % + 9 = 10.27 %: 1000 * 10.27 % * 62 / 365 = 17.445
        assertThat(run.out()).contains("62 days at 10.27% = 17.44").contains("flat compensation: 40.00");
    }

    @Test
    void missingReferenceRateIsNamedWithWhatToDo() {
        CliRun run = dunning("charges", "--country", "SE", "--amount", "1000", "--due", "2026-06-01", "--on", "2026-11-23");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no SE reference rate known for 2026-07-01").contains("pass a rates file");
    }
}
