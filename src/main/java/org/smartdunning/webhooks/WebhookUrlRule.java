package org.smartdunning.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs may receive webhooks: https to a named or public host, without credentials or a
 * fragment. Plain http only to this machine (127.0.0.1, localhost, [::1]) and only when allowed, for
 * local testing. Loopback, private and link-local address literals are refused over https too
 * unless local delivery is allowed, so an endpoint cannot point the engine at its own network.
 * Host names are not resolved here (no I/O in the domain).
 */
public final class WebhookUrlRule {
    public static final int MAX_LENGTH = 2000;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final boolean allowLocal;

    /** @param allowLocal whether http://127.0.0.1, http://localhost and http://[::1] are accepted (tests, local runs) */
    public WebhookUrlRule(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** The URL, or why it is refused, in a sentence. */
    public Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("a URL is required");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("longer than " + MAX_LENGTH + " characters");
        }
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || host.isEmpty()) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (url.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#...)");
        }
        boolean local = isLoopback(host);
        if (scheme.equals("http")) {
            return local && allowLocal ? Optional.empty()
                    : Optional.of(allowLocal ? "plain http is accepted only for 127.0.0.1, localhost or [::1]"
                    : "must use https");
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        if ((local || isPrivateLiteral(host)) && !allowLocal) {
            return Optional.of("must not point at a loopback, private or link-local address");
        }
        return Optional.empty();
    }

    /** The URL once {@link #problem} found none. */
    public static URI parse(String text) {
        return URI.create(text.strip());
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.") && IPV4.matcher(host).matches();
    }

    private static boolean isPrivateLiteral(String host) {
        if (host.startsWith("[")) {
            // IPv6 literals: unique-local fc00::/7, link-local fe80::/10, unspecified, IPv4-mapped
            String v6 = host.substring(1, host.length() - 1);
            return v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe8") || v6.startsWith("fe9")
                    || v6.startsWith("fea") || v6.startsWith("feb") || v6.equals("::") || v6.startsWith("::ffff:");
        }
        var m = IPV4.matcher(host);
        if (!m.matches()) {
            return false;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a == 0 || a == 10 || a == 127 || a == 169 && b == 254 || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168 || a == 100 && b >= 64 && b <= 127;
    }
}
