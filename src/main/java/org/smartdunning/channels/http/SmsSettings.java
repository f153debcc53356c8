package org.smartdunning.channels.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMS provider's HTTP API (the contract is in {@link HttpSmsChannel}).
 *
 * @param endpoint the URL messages are POSTed to, e.g. {@code https://sms.example.com/v1/messages}
 * @param token    bearer token sent as {@code Authorization: Bearer token}; empty sends no Authorization header
 * @param sender   the {@code from} field: an alphanumeric sender id (at most 11 characters) or a number
 * @param timeout  connect timeout and time to wait for the whole response; default 10 seconds when null
 */
public record SmsSettings(URI endpoint, String token, String sender, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SmsSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("SMS endpoint must be an http or https URL: " + endpoint);
        }
        token = token == null ? "" : token.trim();
        sender = sender == null ? "" : sender.trim();
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "SmsSettings[" + endpoint + ", sender '" + sender + "', timeout " + timeout
                + (token.isEmpty() ? ", no token" : ", token set") + "]";
    }
}
