package org.smartdunning.webhooks.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookSender;

/**
 * POSTs a signed event to its endpoint:
 *
 * <pre>
 * POST {url}
 * Content-Type: application/json; charset=utf-8
 * User-Agent: SmartDunning-Webhooks/1
 * Dunning-Signature: t=1767225600,v1=5f0c…
 * Dunning-Event-Id: evt_…
 * Dunning-Event-Type: hold.placed
 *
 * {"id":"evt_…","type":"hold.placed","created_at":"…","data":{…}}
 * </pre>
 *
 * Any 2xx is delivered; anything else — another status (redirects are not followed), a timeout, a
 * refused connection — is tried again later. The receiver's body is discarded unread: only its
 * status is kept. Holds no state besides the HTTP client and may be used from several threads.
 */
public final class HttpWebhookSender implements WebhookSender {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpWebhookSender() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** @param requestTimeout the time to wait for the receiver's whole answer */
    public HttpWebhookSender(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public SendOutcome send(WebhookDelivery delivery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(delivery.url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "SmartDunning-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return SendOutcome.answered(response.statusCode());
        } catch (HttpTimeoutException e) {
            return SendOutcome.noAnswer("timed out");
        } catch (IOException e) {
            // the class names the failure (ConnectException, EOFException…); its message may echo the URL
            return SendOutcome.noAnswer("no answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.noAnswer("interrupted");
        } catch (IllegalArgumentException e) {
            return SendOutcome.noAnswer("cannot send to this URL");
        }
    }
}
