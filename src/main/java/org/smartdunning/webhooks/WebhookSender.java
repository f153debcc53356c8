package org.smartdunning.webhooks;

import java.util.Map;

/** Port: sends one signed delivery and says what the receiver answered. */
public interface WebhookSender {
    /**
     * POSTs {@code body} with the given headers to the delivery's URL.
     *
     * @return delivered on 2xx; otherwise the status (0 when none came) and a short reason, never the receiver's body
     */
    SendOutcome send(WebhookDelivery delivery, Map<String, String> headers);

    /**
     * What a receiver answered.
     *
     * @param statusCode the HTTP status, or 0 when no answer came (timeout, refused connection)
     * @param reason     at most 200 characters, e.g. {@code HTTP 500} or {@code timed out}
     */
    record SendOutcome(boolean delivered, int statusCode, String reason) {
        public SendOutcome {
            reason = reason == null ? "" : reason.length() > 200 ? reason.substring(0, 200) : reason;
        }

        public static SendOutcome answered(int statusCode) {
            return new SendOutcome(statusCode >= 200 && statusCode < 300, statusCode, "HTTP " + statusCode);
        }

        public static SendOutcome noAnswer(String reason) {
            return new SendOutcome(false, 0, reason);
        }
    }
}
