package org.smartdunning.channels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.smartdunning.config.MaskedUrl;

/**
 * What may be stored of a provider's answer (an HTTP body, an SMTP reply, an error message): at most
 * {@value #MAX_LENGTH} characters with the message's own values (the text, the subject, the
 * recipient's phone and e-mail), the credentials, and anything shaped like a token, an e-mail
 * address or a phone number replaced by a placeholder. A provider that echoes the request thus leaves
 * neither the bearer token nor the debtor's data in {@code audit_log} or {@code outbox.last_error}.
 */
public final class ProviderExcerpt {
    public static final int MAX_LENGTH = 200;
    /** Message text pieces shorter than this are too common to be worth hunting for (words, amounts). */
    private static final int MIN_PIECE = 12;
    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)\\b(bearer|basic)\\s+[^\\s\"',;&}]+");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)(token|authorization|api[_-]?key|password|secret)([\"'\\s:=]+)[^\\s\"',;&}]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Eight digits or more, single spaces or hyphens between them: numbers, not SMTP codes like 535 5.7.8. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[ -]?\\d){7,}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<String> known;

    private ProviderExcerpt(List<String> known) {
        this.known = known;
    }

    /**
     * Redacts for one delivery of {@code message}, also removing {@code credentials} (a token, a
     * password); blank values are ignored.
     */
    public static ProviderExcerpt of(OutboundMessage message, String... credentials) {
        List<String> values = new ArrayList<>();
        Recipient to = message.recipient();
        values.add(to.phone());
        values.add(to.email());
        for (String text : new String[] {message.body(), message.subject()}) {
            // an echo may carry the text whole, re-escaped or cut: its lines and sentences go one by one too
            values.add(text);
            for (String piece : text == null ? new String[0] : text.split("\\R|(?<=[.!?:])\\s+")) {
                values.add(piece);
            }
        }
        List<String> kept = new ArrayList<>(Stream.of(credentials).filter(c -> c != null && !c.isBlank()).toList());
        values.stream().filter(v -> v != null && v.strip().length() >= 4).map(String::strip)
                .filter(v -> v.length() >= MIN_PIECE || !v.contains(" ")).forEach(kept::add);
        // longest first, so a sentence is not left half-replaced by a shorter value inside it
        return new ProviderExcerpt(kept.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** {@code answer} redacted, whitespace collapsed, cut to {@value #MAX_LENGTH} characters. */
    public String of(String answer) {
        String text = answer == null ? "" : answer;
        for (String value : known) {
            text = text.replace(value, "[redacted]");
            String escaped = jsonEscaped(value);
            if (!escaped.equals(value)) {
                text = text.replace(escaped, "[redacted]");
            }
        }
        text = AUTH_SCHEME.matcher(MaskedUrl.mask(text)).replaceAll("$1 ***");
        text = CREDENTIAL.matcher(text).replaceAll("$1$2***");
        text = EMAIL.matcher(text).replaceAll("[e-mail]");
        text = PHONE.matcher(text).replaceAll("[number]");
        text = SPACE.matcher(text).replaceAll(" ").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }

    /** The value as a JSON writer that escapes everything outside ASCII would put it in a string. */
    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
