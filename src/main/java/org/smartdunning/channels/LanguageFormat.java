package org.smartdunning.channels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.history.Money;

/**
 * Amounts and dates as a debtor reading {@code language} expects them: sv {@code 1 234,50 kr} and
 * {@code 2025-03-14}, nb {@code 1 234,50 kr} and {@code 14.03.2025}, de {@code 1.234,50 €} and
 * {@code 14.03.2025}, en {@code SEK 1,234.50} and {@code 14 March 2025}; other languages as en.
 *
 * <p>Written by hand rather than with {@link java.text.NumberFormat}: the JDK's locale data groups
 * digits with no-break spaces that SMS (GSM 03.38) cannot carry, and its output changes between
 * JDK releases, while letters and texts should stay the same.
 */
public final class LanguageFormat {
    /** Currency signs a reader of the language writes after the amount instead of the ISO code. */
    private static final Map<String, Map<String, String>> SIGNS = Map.of(
            "sv", Map.of("SEK", "kr", "EUR", "€"),
            "nb", Map.of("NOK", "kr", "EUR", "€"),
            "de", Map.of("EUR", "€"));
    /** English puts these signs in front, any other currency as its ISO code in front. */
    private static final Map<String, String> ENGLISH_SIGNS = Map.of("EUR", "€", "GBP", "£", "USD", "$");

    private final String language;
    private final char grouping;
    private final char decimal;
    private final DateTimeFormatter dates;

    public LanguageFormat(Language language) {
        this.language = language.orEnglish().code();
        switch (this.language) {
            case "sv" -> {
                grouping = ' ';
                decimal = ',';
                dates = DateTimeFormatter.ISO_LOCAL_DATE;
            }
            case "nb", "de" -> {
                grouping = this.language.equals("de") ? '.' : ' ';
                decimal = ',';
                dates = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
            }
            default -> {
                grouping = ',';
                decimal = '.';
                dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
            }
        }
    }

    /** The amount with two decimals, grouped by thousands, with the currency sign or code. */
    public String amount(Money money, String currency) {
        String number = number(money);
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        if (language.equals("en")) {
            String sign = ENGLISH_SIGNS.get(code);
            if (sign != null) {
                return money.isNegative() ? "-" + sign + number.substring(1) : sign + number;
            }
            return code.isEmpty() ? number : code + " " + number;
        }
        String sign = SIGNS.getOrDefault(language, Map.of()).getOrDefault(code, code);
        return sign.isEmpty() ? number : number + " " + sign;
    }

    /** The amount with two decimals and grouping, without currency. */
    public String number(Money money) {
        BigDecimal value = money.toBigDecimal().abs();
        String digits = value.toBigInteger().toString();
        StringBuilder out = new StringBuilder(money.isNegative() ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(digits.charAt(i));
        }
        long cents = Math.abs(money.cents()) % 100;
        return out.append(decimal).append(cents < 10 ? "0" : "").append(cents).toString();
    }

    /** The date as the language writes it; empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** The language whose conventions this formats in (en for languages without their own). */
    public String language() {
        return language;
    }
}
