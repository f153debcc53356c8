package org.smartdunning.channels;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message language as an ISO 639-1 code, normalised: lower case, region dropped ({@code sv-SE} is
 * {@code sv}), Norwegian {@code no} and {@code nn} read as Bokmål {@code nb} because the bundled
 * texts are Bokmål. Empty when unknown.
 */
public record Language(String code) {
    /** The languages the bundled templates, letter labels and formats are written for. */
    public static final List<String> BUNDLED = List.of("sv", "nb", "de", "en");
    public static final Language ENGLISH = new Language("en");

    public Language {
        Objects.requireNonNull(code, "code");
    }

    /** Reads {@code sv}, {@code SV}, {@code sv-SE}, {@code sv_SE}; null or blank gives the unknown language. */
    public static Language of(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Language("");
        }
        String code = raw.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (code.equals("no") || code.equals("nn")) {
            code = "nb";
        }
        return new Language(code);
    }

    public boolean isKnown() {
        return !code.isEmpty();
    }

    /** This language when the bundled texts cover it, else English. */
    public Language orEnglish() {
        return BUNDLED.contains(code) ? this : ENGLISH;
    }

    /** The JDK locale, for month and country names. */
    public Locale locale() {
        return Locale.forLanguageTag(isKnown() ? code : "en");
    }

    @Override
    public String toString() {
        return code;
    }
}
