package org.smartdunning.bootstrap;

import java.time.Duration;
import java.util.Objects;
import org.smartdunning.application.webhooks.DeliverWebhooks;
import org.smartdunning.webhooks.DeliveryBackoff;
import org.smartdunning.webhooks.http.HttpWebhookSender;

/**
 * How webhooks are delivered: the HTTP timeouts, the retry schedule, the claim's lease, and
 * whether endpoints on this machine over plain http may be registered (tests and local runs only).
 */
public record WebhookSettings(Duration connectTimeout, Duration requestTimeout, DeliveryBackoff backoff, Duration lease,
                              boolean allowLocalHttp) {
    /** 5 s to connect, 10 s for the answer, eight attempts over about 21 hours, https only. */
    public static final WebhookSettings DEFAULT = new WebhookSettings(HttpWebhookSender.DEFAULT_CONNECT_TIMEOUT,
            HttpWebhookSender.DEFAULT_REQUEST_TIMEOUT, DeliveryBackoff.DEFAULT, DeliverWebhooks.DEFAULT_LEASE, false);

    public WebhookSettings {
        Objects.requireNonNull(backoff, "backoff");
        if (lease.compareTo(requestTimeout.plus(connectTimeout)) <= 0) {
            throw new IllegalArgumentException("the lease (" + lease + ") must outlast a request (" + connectTimeout
                    + " + " + requestTimeout + "), or a slow delivery could be claimed twice");
        }
    }

    public WebhookSettings allowingLocalHttp(boolean allow) {
        return new WebhookSettings(connectTimeout, requestTimeout, backoff, lease, allow);
    }
}
