package org.smartdunning.application.webhooks;

import java.util.List;
import org.smartdunning.webhooks.WebhookEndpoint;

/** The answer to a registration: the endpoint with its secret (shown this once), or what was wrong, field by field. */
public sealed interface Registration {
    /** Registered; {@code endpoint.secret()} is returned to the caller now and never listed again. */
    record Registered(WebhookEndpoint endpoint) implements Registration {
    }

    /** Refused; nothing was stored. */
    record Rejected(List<FieldProblem> problems) implements Registration {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** A field of the request and what is wrong with it, e.g. {@code events[1]}: not a webhook event type. */
    record FieldProblem(String field, String reason) {
    }
}
