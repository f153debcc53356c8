package org.smartdunning.config;

import java.util.regex.Pattern;

/**
 * A URL as it may be shown in a message or a log: the password of {@code user:password@host} (also
 * where a driver echoes it without the {@code //}) and the values of password, token, secret and key
 * parameters are replaced by {@code ***}.
 */
public final class MaskedUrl {
    private static final Pattern USER_INFO = Pattern.compile("((?://|^|\\s)[^/?#@:\\s]*:)[^/?#\\s]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;](?:[a-z_]*password|passwd|pwd|[a-z_]*token|[a-z_]*secret|api_?key|key)=)[^&;#\\s]*");

    private MaskedUrl() {
    }

    /** {@code text} with every URL password and secret parameter in it masked; other text unchanged. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll("$1***@");
        return SECRET_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
