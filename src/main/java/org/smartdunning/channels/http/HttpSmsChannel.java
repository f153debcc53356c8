package org.smartdunning.channels.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.ProviderExcerpt;
import org.smartdunning.history.DunningAction;

/**
 * SMS reminders through a provider's JSON-over-HTTP API. The provider contract this expects:
 *
 * <pre>
 * POST {endpoint}
 * Content-Type: application/json; charset=utf-8
 * Authorization: Bearer {token}          (omitted when the token is empty)
 * Idempotency-Key: {key}                 (the outbox key)
 *
 * {"to": "+46701234567", "from": "{sender}", "text": "...", "reference": "{key}"}
 * </pre>
 *
 * <ul>
 *   <li>2xx: accepted; a JSON body's {@code "id"} field, when present, is returned as the reference.</li>
 *   <li>A repeated request with the same {@code Idempotency-Key} must not send a second SMS and should
 *       answer as the first one did (2xx): this is what makes re-delivery after a crash safe.</li>
 *   <li>408, 429 and 5xx, timeouts and connection failures are transient (retry later);
 *       any other 4xx is permanent (the number or text is refused; fall back to another channel).
 *       The detail holds the status, the provider's {@code "code"} field when its JSON has one, and a
 *       {@link ProviderExcerpt} of the body: bounded, without the token, the number or the text.</li>
 * </ul>
 * A recipient without a phone number is a permanent failure and sends nothing. The channel holds no
 * state besides the HTTP client and may be used from several threads.
 */
public final class HttpSmsChannel implements Channel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmsSettings settings;
    private final HttpClient client;

    public HttpSmsChannel(SmsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public DunningAction action() {
        return DunningAction.SMS;
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        String phone = message.recipient().phone();
        if (phone == null || phone.isBlank()) {
            return DeliveryResult.permanentFailure("customer " + message.recipient().customerId()
                    + " has no phone number");
        }
        HttpRequest request;
        try {
            request = request(message, phone.trim());
        } catch (IllegalArgumentException e) {
            return DeliveryResult.permanentFailure("key cannot be sent as an HTTP header: " + e.getMessage());
        }
        ProviderExcerpt excerpt = ProviderExcerpt.of(message, settings.token().reveal());
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return DeliveryResult.transientFailure("SMS provider unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + excerpt.of(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.transientFailure("interrupted while sending the SMS");
        }
        return outcome(response.statusCode(), response.body(), excerpt);
    }

    private HttpRequest request(OutboundMessage message, String phone) {
        ObjectNode body = JSON.createObjectNode()
                .put("to", phone)
                .put("from", settings.sender())
                .put("text", message.body())
                .put("reference", message.key());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", message.key())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (!settings.token().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.token().reveal());
        }
        return request.build();
    }

    /** Maps the provider's answer to a result holding only its status, code and a redacted excerpt. */
    private static DeliveryResult outcome(int status, String body, ProviderExcerpt excerpt) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(providerId(body));
        }
        String code = excerpt.of(field(body, "code"));
        String detail = "SMS provider answered " + status + (code.isEmpty() ? "" : " (code " + code + ")") + ": "
                + excerpt.of(body);
        if (status == 408 || status == 429 || status >= 500) {
            return DeliveryResult.transientFailure(detail);
        }
        return DeliveryResult.permanentFailure(detail);
    }

    private static String providerId(String body) {
        // Accepted is accepted: a provider that answers 2xx without JSON still took the message.
        return field(body, "id");
    }

    /** A scalar field of a JSON object body, or empty. */
    private static String field(String body, String name) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode value = JSON.readTree(body).get(name);
            return value == null || !value.isValueNode() || value.isNull() ? "" : value.asText();
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
