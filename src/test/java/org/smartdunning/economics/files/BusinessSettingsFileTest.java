package org.smartdunning.economics.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;

class BusinessSettingsFileTest {

    @Test
    void absentFileMeansTheDocumentedDefaults() {
        assertThat(BusinessSettingsFile.read(Path.of("does-not-exist/business.properties")))
                .isEqualTo(BusinessSettings.DEFAULTS);
    }

    @Test
    void keysGivenOverrideDefaultsAndTheRestKeepThem() {
        BusinessSettings s = BusinessSettingsFile.parse("business.properties",
                "# ours\ncost.collection=120\nhorizon.days = 60\n");
        assertThat(s.costCollection()).isEqualTo(120);
        assertThat(s.horizonDays()).isEqualTo(60);
        assertThat(s.costLetter()).isEqualTo(11.0);
        assertThat(s.clvCapMonths()).isEqualTo(36);
    }

    @Test
    void malformedValueNamesFileLineAndKey() {
        assertThatThrownBy(() -> BusinessSettingsFile.parse("business.properties", "cost.sms=0.6\ncost.letter=eleven\n"))
                .hasMessage("business.properties:2: cost.letter must be a number, was 'eleven'");
    }

    @Test
    void unknownKeyIsRejectedRatherThanSilentlyIgnored() {
        assertThatThrownBy(() -> BusinessSettingsFile.parse("business.properties", "cost.fax=2\n"))
                .hasMessageStartingWith("business.properties:1: unknown key 'cost.fax'");
    }

    @Test
    void outOfRangeValueIsRejectedWithItsLine() {
        assertThatThrownBy(() -> BusinessSettingsFile.parse("business.properties", "\n\ncost_to_serve_share=1.5\n"))
                .hasMessage("business.properties:3: cost_to_serve_share must be between 0 and 1, was 1.5");
    }
}
