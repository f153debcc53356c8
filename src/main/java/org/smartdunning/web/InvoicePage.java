package org.smartdunning.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartdunning.application.decide.PreviewDecisions;
import org.smartdunning.application.timeline.InvoiceTimeline;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;

/**
 * The decision explorer: an invoice found by id, what the engine would decide today (every allowed
 * action's value and probabilities, the chosen one, its propensity, the reasons) and its timeline.
 * Another creditor's invoice is unknown here, as a made-up id is: 404.
 */
final class InvoicePage implements PageHandler {
    /** {@code ?id=} from the search field: to the invoice's page; without one, the search alone. */
    Page search(Context ctx, CreditorService creditor) {
        String id = ctx.queryParam("id");
        if (id != null && !id.isBlank()) {
            return Page.redirect(Menu.INVOICES.href() + "/" + URLEncoder.encode(id.strip(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return Page.of("invoice-search", "Decision explorer", Menu.INVOICES, Map.of());
    }

    @Override
    public Page render(Context ctx, CreditorService creditor) {
        String id = ctx.pathParam("invoice");
        Optional<InvoiceTimeline> timeline = creditor.timeline().of(id);
        if (timeline.isEmpty()) {
            throw PageProblem.notFound("invoice '" + id + "'");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("invoiceId", id);
        values.put("customerId", timeline.get().customerId());
        values.put("timeline", timeline.get().entries().stream().map(e -> new Entry(e.on().toString(),
                PlainWords.timelineKind(e.kind()), facts(e.facts()))).toList());
        Optional<PreviewDecisions.Preview> preview = creditor.previews(new InvoiceId(id)).preview(new InvoiceId(id));
        values.put("preview", preview.map(InvoicePage::decision).orElse(null));
        return Page.of("invoice", "Invoice " + id, Menu.INVOICES, values);
    }

    /** One line of the timeline: its facts as "name: value" in name order. */
    record Entry(String on, String kind, String facts) {
    }

    /** The decision as the page shows it. */
    record DecisionView(String amount, String currency, String dueOn, String unpaid, String decideOn, String action,
                        String propensity, String expectedValue, String clv, String reason, String model,
                        ChartTable candidates) {
    }

    private static DecisionView decision(PreviewDecisions.Preview p) {
        Decision d = p.decision();
        List<ChartTable.Row> rows = new ArrayList<>();
        for (CandidateValue c : d.candidates()) {
            rows.add(new ChartTable.Row(PlainWords.action(c.action()) + (c.action() == d.action() ? " (chosen)" : ""),
                    List.of(Figures.amount(c.value()), Figures.share(c.outcomes().pay()),
                            Figures.share(c.outcomes().churn()), Figures.share(c.outcomes().inquiry()))));
        }
        String currency = p.invoice().currency();
        ChartTable candidates = new ChartTable("candidates", "Every allowed action: expected value per invoice ("
                + currency + ") and predicted chance of payment, churn and an inquiry", "hbar", false, "Action",
                List.of("Expected value", "P(paid)", "P(churn)", "P(inquiry)"), rows, "0");
        return new DecisionView(p.invoice().amount().toString(), currency, p.invoice().dueOn().toString(),
                p.unpaid().toString(), p.decideOn().toString(), PlainWords.action(d.action()),
                Figures.share(d.propensity()).text(), Figures.amount(d.value()).text(), Figures.amount(d.clv()).text(),
                d.reason(), d.provenance().name() + " " + d.provenance().version()
                        + (d.provenance().trainedUntil() == null ? "" : ", trained on facts before "
                        + d.provenance().trainedUntil()), candidates);
    }

    private static String facts(Map<String, String> facts) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(facts).forEach((k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k.replace('_', ' '))
                .append(": ").append(v));
        return text.toString();
    }
}
