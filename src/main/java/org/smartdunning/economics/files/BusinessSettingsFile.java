package org.smartdunning.economics.files;

import org.smartdunning.economics.BusinessSettings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

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
        if (!Files.isRegularFile(file)) {
            return BusinessSettings.DEFAULTS;
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static BusinessSettings parse(String fileName, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where(fileName, text, key) + "unknown key '" + key
                        + "'; known keys: " + KEYS.stream().sorted().toList());
            }
        }
        BusinessSettings d = BusinessSettings.DEFAULTS;
        Reader r = new Reader(fileName, text, p);
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
            if (e.getMessage() != null && e.getMessage().startsWith(fileName)) {
                throw e;
            }
            String key = KEYS.stream().filter(k -> e.getMessage() != null && e.getMessage().startsWith(k))
                    .findFirst().orElse(null);
            throw new IllegalArgumentException(where(fileName, text, key) + e.getMessage(), e);
        }
    }

    private static String where(String fileName, String text, String key) {
        if (key != null) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("^[=:].*")) {
                    return fileName + ":" + (i + 1) + ": ";
                }
            }
        }
        return fileName + ": ";
    }

    private record Reader(String fileName, String text, Properties p) {
        double decimal(String key, double fallback) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                return Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(fileName, text, key) + key + " must be a number, was '" + v + "'");
            }
        }

        int whole(String key, int fallback) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(fileName, text, key) + key + " must be a whole number, was '" + v + "'");
            }
        }
    }
}
