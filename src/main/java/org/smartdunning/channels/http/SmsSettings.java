package org.smartdunning.channels.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.smartdunning.config.MaskedUrl;
import org.smartdunning.config.Secret;

/**
 * How to reach the SMS provider's HTTP API (the contract is in {@link HttpSmsChannel}).
 *
 * @param endpoint the URL messages are POSTed to, e.g. {@code https://sms.example.com/v1/messages}
 * @param token    bearer token sent as {@code Authorization: Bearer token}; empty sends no Authorization header
 * @param sender   the {@code from} field: an alphanumeric sender id (at most 11 characters) or a number
 * @param timeout  connect timeout and time to wait for the whole response; default 10 seconds when null
 */
public record SmsSettings(URI endpoint, Secret token, String sender, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SmsSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("SMS endpoint must be an http or https URL: "
                    + MaskedUrl.mask(endpoint.toString()));
        }
        token = token == null ? Secret.NONE : token;
        sender = sender == null ? "" : sender.trim();
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
    }

    /** Never prints the token, nor a password in the endpoint. */
    @Override
    public String toString() {
        return "SmsSettings[" + MaskedUrl.mask(endpoint.toString()) + ", sender '" + sender + "', timeout " + timeout
                + (token.isEmpty() ? ", no token" : ", token set") + "]";
    }
}
