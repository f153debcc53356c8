package org.smartdunning.economics.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.smartdunning.config.PropertiesFile;
import org.smartdunning.economics.BusinessSettings;

/**
 * Reads business.properties: absent file or key means the documented default; an unknown key
 * or a malformed value is rejected with the file, line and reason, before anything runs.
 */
public final class BusinessSettingsFile {
    static final Set<String> KEYS = Set.of("cost.none", "cost.sms", "cost.email", "cost.letter",
            "cost.collection", "fee_kept.letter", "fee_kept.collection", "cost.inquiry",
            "cost_to_serve_share", "clv.cap_months", "horizon.days", "churn.window_months");

    private BusinessSettingsFile() {
    }

    /** Settings of the folder's business.properties, or the defaults when there is none. */
    public static BusinessSettings read(Path file) {
        return Files.isRegularFile(file) ? settings(PropertiesFile.read(file, KEYS)) : BusinessSettings.DEFAULTS;
    }

    static BusinessSettings parse(String fileName, String text) {
        return settings(PropertiesFile.parse(fileName, text, KEYS));
    }

    private static BusinessSettings settings(PropertiesFile r) {
        BusinessSettings d = BusinessSettings.DEFAULTS;
        try {
            return new BusinessSettings(
                    r.decimal("cost.none", d.costNone()), r.decimal("cost.sms", d.costSms()),
                    r.decimal("cost.email", d.costEmail()), r.decimal("cost.letter", d.costLetter()),
                    r.decimal("cost.collection", d.costCollection()),
                    r.decimal("fee_kept.letter", d.feeKeptLetter()),
                    r.decimal("fee_kept.collection", d.feeKeptCollection()),
                    r.decimal("cost.inquiry", d.costInquiry()),
                    r.decimal("cost_to_serve_share", d.costToServeShare()),
                    r.whole("clv.cap_months", d.clvCapMonths()), r.whole("horizon.days", d.horizonDays()),
                    r.whole("churn.window_months", d.churnWindowMonths()));
        } catch (IllegalArgumentException e) {
            if (e.getCause() != null || e.getMessage() == null) {
                throw e;
            }
            // a range check of BusinessSettings: its message starts with the key it is about
            String key = KEYS.stream().filter(k -> e.getMessage().startsWith(k)).findFirst().orElse("");
            throw r.problem(key, e.getMessage());
        }
    }
}
