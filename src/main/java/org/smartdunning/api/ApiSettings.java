package org.smartdunning.api;

/**
 * How the API listens and what it allows, validated at start. Defaults live in the serve command.
 *
 * @param maxRequestBytes  larger bodies get 413
 * @param requestsPerSecond each key's sustained rate; {@code burst} requests may come at once
 */
public record ApiSettings(String host, int port, long maxRequestBytes, int requestsPerSecond, int burst) {
    public ApiSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes, was " + maxRequestBytes);
        }
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("the rate limit must allow at least 1 request per second and a burst of 1");
        }
    }
}
