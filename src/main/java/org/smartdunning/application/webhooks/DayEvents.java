package org.smartdunning.application.webhooks;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.policy.Decision;
import org.smartdunning.webhooks.WebhookEvent;
import org.smartdunning.webhooks.WebhookEvents;
import org.smartdunning.workflow.DailyPlan;

/** The {@code decision.made} events of a day's committed plan: one per decision of the learned policy. */
public final class DayEvents {
    private DayEvents() {
    }

    public static List<WebhookEvent> decisions(DailyPlan plan, Instant at) {
        Map<InvoiceId, Decision> decided = new HashMap<>();
        plan.decisions().forEach(d -> decided.put(d.invoiceId(), d));
        return plan.audit().stream().filter(a -> a.event() == AuditEvent.DECIDED)
                .map(a -> WebhookEvents.decisionMade(a, decided.containsKey(a.invoiceId())
                        ? decided.get(a.invoiceId()).value() : Double.NaN, at))
                .toList();
    }
}
