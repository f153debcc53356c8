package org.smartdunning.application.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.application.webhooks.Registration.FieldProblem;
import org.smartdunning.webhooks.WebhookEndpoint;
import org.smartdunning.webhooks.WebhookEventType;
import org.smartdunning.webhooks.WebhookUrlRule;

/**
 * Registers a webhook endpoint for the creditor: checks the URL ({@link WebhookUrlRule}) and the
 * event names, draws its id and secret, stores it, and returns it with the secret, once.
 */
public final class RegisterWebhookEndpoint {
    /** Active endpoints per creditor at most: each event is queued once per endpoint. */
    public static final int MAX_ACTIVE_ENDPOINTS = 16;

    private final WebhookBook book;
    private final WebhookUrlRule urls;
    private final Clock clock;
    private final SecureRandom random;

    /** @param allowLocalHttp whether http://127.0.0.1 and http://localhost are accepted (tests, local runs) */
    public RegisterWebhookEndpoint(WebhookBook book, boolean allowLocalHttp, Clock clock, SecureRandom random) {
        this.book = book;
        this.urls = new WebhookUrlRule(allowLocalHttp);
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param url    where deliveries go
     * @param events wire names, e.g. {@code decision.made}; at least one
     */
    public Registration register(String url, List<String> events) {
        List<FieldProblem> problems = new ArrayList<>();
        urls.problem(url).ifPresent(p -> problems.add(new FieldProblem("url", p)));
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        if (events == null || events.isEmpty()) {
            problems.add(new FieldProblem("events", "name at least one event type"));
        } else {
            for (int i = 0; i < events.size(); i++) {
                try {
                    types.add(WebhookEventType.ofWire(events.get(i)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("events[" + i + "]", e.getMessage()));
                }
            }
        }
        if (problems.isEmpty() && book.endpoints().stream().filter(WebhookEndpoint::active).count() >= MAX_ACTIVE_ENDPOINTS) {
            problems.add(new FieldProblem("url", "the creditor has " + MAX_ACTIVE_ENDPOINTS
                    + " active endpoints already, the most allowed; disable one first"));
        }
        if (!problems.isEmpty()) {
            return new Registration.Rejected(problems);
        }
        WebhookEndpoint endpoint = WebhookEndpoint.create(WebhookUrlRule.parse(url), types, clock.instant(), random);
        book.register(endpoint);
        return new Registration.Registered(endpoint);
    }
}
