package org.smartdunning.channels.smtp;

import org.smartdunning.config.Secret;

/**
 * How to reach the SMTP relay. Defaults, applied to null, blank or non-positive values: host
 * {@code localhost}, port 25, no authentication (empty username), no STARTTLS, connect timeout 10 s,
 * read timeout 30 s; an empty {@code fromAddress} or {@code fromName} means the creditor's e-mail
 * and name from the message's {@link org.smartdunning.channels.Creditor}.
 *
 * @param host                 relay host name
 * @param port                 relay port (25, or 587 for submission with STARTTLS)
 * @param username             login; empty for an unauthenticated relay
 * @param password             password for {@code username}; never printed
 * @param startTls             require STARTTLS before sending anything (fails when the relay does not offer it)
 * @param fromAddress          envelope and header sender, e.g. {@code dunning@mail.example.com}
 * @param fromName             display name of the sender
 * @param connectTimeoutMillis TCP connect timeout
 * @param readTimeoutMillis    time to wait for each reply (and each write)
 */
public record SmtpSettings(String host, int port, String username, Secret password, boolean startTls,
                           String fromAddress, String fromName, int connectTimeoutMillis, int readTimeoutMillis) {
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 25;
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;
    public static final int DEFAULT_READ_TIMEOUT_MILLIS = 30_000;

    public SmtpSettings {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.trim();
        port = port <= 0 ? DEFAULT_PORT : port;
        username = username == null ? "" : username;
        password = password == null ? Secret.NONE : password;
        fromAddress = fromAddress == null ? "" : fromAddress.trim();
        fromName = fromName == null ? "" : fromName;
        connectTimeoutMillis = connectTimeoutMillis <= 0 ? DEFAULT_CONNECT_TIMEOUT_MILLIS : connectTimeoutMillis;
        readTimeoutMillis = readTimeoutMillis <= 0 ? DEFAULT_READ_TIMEOUT_MILLIS : readTimeoutMillis;
    }

    /** An unauthenticated relay without TLS, sending as {@code fromAddress}, with the default timeouts. */
    public static SmtpSettings relay(String host, int port, String fromAddress) {
        return new SmtpSettings(host, port, "", Secret.NONE, false, fromAddress, "", 0, 0);
    }

    /** The same relay with a login, e.g. a submission port 587 that requires STARTTLS. */
    public SmtpSettings withLogin(String user, Secret secret, boolean requireStartTls) {
        return new SmtpSettings(host, port, user, secret, requireStartTls, fromAddress, fromName,
                connectTimeoutMillis, readTimeoutMillis);
    }

    /** The same relay with other timeouts. */
    public SmtpSettings withTimeouts(int connectMillis, int readMillis) {
        return new SmtpSettings(host, port, username, password, startTls, fromAddress, fromName, connectMillis,
                readMillis);
    }

    public boolean authenticates() {
        return !username.isEmpty();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (authenticates() ? ", user " + username : "")
                + (startTls ? ", STARTTLS" : "") + ", from '" + fromAddress + "']";
    }
}
