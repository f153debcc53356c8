package org.smartdunning.world.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartdunning.economics.BusinessSettings;

/** Writes a world's economics as business.properties with every contract key, readable by BusinessSettingsFile. */
public final class BusinessPropertiesWriter {
    private BusinessPropertiesWriter() {
    }

    public static void write(Path file, BusinessSettings s, String worldName) throws IOException {
        String text = "# economics of the synthetic world '" + worldName + "'\n"
                + "cost.none=" + n(s.costNone()) + "\n"
                + "cost.sms=" + n(s.costSms()) + "\n"
                + "cost.email=" + n(s.costEmail()) + "\n"
                + "cost.letter=" + n(s.costLetter()) + "\n"
                + "cost.collection=" + n(s.costCollection()) + "\n"
                + "fee_kept.letter=" + n(s.feeKeptLetter()) + "\n"
                + "fee_kept.collection=" + n(s.feeKeptCollection()) + "\n"
                + "cost.inquiry=" + n(s.costInquiry()) + "\n"
                + "cost_to_serve_share=" + n(s.costToServeShare()) + "\n"
                + "clv.cap_months=" + s.clvCapMonths() + "\n"
                + "horizon.days=" + s.horizonDays() + "\n"
                + "churn.window_months=" + s.churnWindowMonths() + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String n(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
