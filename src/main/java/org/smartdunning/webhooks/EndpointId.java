package org.smartdunning.webhooks;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A webhook endpoint's id, {@code we_} and 20 hex digits, random so that ids reveal nothing of each other. */
public record EndpointId(String value) {
    private static final Pattern FORM = Pattern.compile("we_[0-9a-f]{20}");

    public EndpointId {
        Objects.requireNonNull(value, "endpoint id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a webhook endpoint id (we_ and 20 hex digits)");
        }
    }

    /** Whether {@code text} has the form of an endpoint id, to answer a malformed one as not found. */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    public static EndpointId random(SecureRandom random) {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return new EndpointId("we_" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
