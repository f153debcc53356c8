package org.smartdunning.ingest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.FailureReason;
import com.sanctionco.jmail.JMail;
import java.util.Locale;

/**
 * A customer's contact details, checked with well-kept libraries: e-mail addresses by JMail
 * (RFC 5321/5322, no whitespace, so no header injection), phone numbers by libphonenumber, read in
 * the customer's country and normalised to E.164. The reasons never repeat the value: it is
 * personal data.
 */
final class ContactFields {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** What the library answers for a calling code no region has. */
    private static final String UNKNOWN_REGION = "ZZ";
    /** An address a mail server delivers to: a domain with a top-level part, no IP, no comments or display name. */
    private static final EmailValidator EMAILS = JMail.validator()
            .requireTopLevelDomain()
            .disallowIpDomain()
            .disallowExplicitSourceRouting()
            .disallowQuotedIdentifiers()
            .disallowObsoleteWhitespace()
            .withRule(email -> email.comments().isEmpty(), "CONTAINS_COMMENT");

    private ContactFields() {
    }

    /** The address as written, when it is one. */
    static String email(String text) {
        FailureReason failure = EMAILS.validate(text).getFailureReason();
        if (failure != FailureReason.NONE) {
            throw new IllegalArgumentException("not a valid e-mail address ("
                    + failure.toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
        return text;
    }

    /**
     * The number in E.164 ({@code +46701234567}), read as written in {@code country} when it has no
     * {@code +}: {@code 070-123 45 67} for SE.
     */
    static String phone(String text, String country) {
        if (isValidE164(text)) {
            return text;
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(text, country);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number of " + country + " nor international (+...): "
                    + e.getErrorType().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (!PHONES.isValidNumber(number)) {
            String region = PHONES.getRegionCodeForNumber(number);
            throw new IllegalArgumentException(region == null || region.equals(country)
                    ? "not a valid phone number of " + country
                    : "not a valid phone number of " + region + " (written with its calling code)");
        }
        return PHONES.format(number, PhoneNumberFormat.E164);
    }

    /**
     * Whether the text is already a valid number in E.164, decided without {@code parse} (whose
     * normalisation is most of the cost, see ImportBenchmark): the calling code is the prefix of one
     * to three digits the library assigns to a region, and the library's validator and formatter
     * must agree. Anything else takes the full parse.
     */
    private static boolean isValidE164(String text) {
        int length = text.length();
        if (length < 8 || length > 16 || text.charAt(0) != '+') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        for (int digits = 1; digits <= 3; digits++) {
            int callingCode = Integer.parseInt(text, 1, 1 + digits, 10);
            if (!UNKNOWN_REGION.equals(PHONES.getRegionCodeForCountryCode(callingCode))) {
                PhoneNumber number = new PhoneNumber().setCountryCode(callingCode)
                        .setNationalNumber(Long.parseLong(text, 1 + digits, length, 10));
                return PHONES.isValidNumber(number) && PHONES.format(number, PhoneNumberFormat.E164).equals(text);
            }
        }
        return false;
    }
}
