package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;

/**
 * The group each invoice and customer falls in for one dimension, as of the report's last day, so
 * an invoice stays in one group for the whole report. A customer (churn, CLV, an inquiry naming no
 * invoice) takes the group of their latest invoice due by then, or their type for the segment.
 */
final class GroupLabels {
    private final CreditorHistory history;
    private final KpiDimension dimension;
    private final LocalDate asOf;
    private final Map<InvoiceId, String> invoiceLabels = new HashMap<>();
    private final Map<CustomerId, String> customerLabels = new HashMap<>(); // asked once per customer and month

    GroupLabels(KpiFacts facts, KpiDimension dimension, LocalDate asOf) {
        this.history = facts.history();
        this.dimension = dimension;
        this.asOf = asOf;
        if (dimension == KpiDimension.STAGE) {
            latest(facts.stages(), StageFact::invoiceId, StageFact::day, StageFact::stageId);
        } else if (dimension == KpiDimension.POLICY) {
            latest(facts.decisions(), DecisionFact::invoiceId, DecisionFact::day, DecisionFact::label);
        } else if (dimension == KpiDimension.ARM) {
            List<DunningEvent> randomised = history.events().stream()
                    .filter(e -> e.experiment() != null && !e.experiment().isBlank()).toList();
            latest(randomised, DunningEvent::invoiceId, DunningEvent::occurredOn,
                    e -> e.arm() == null || e.arm().isBlank() ? e.experiment() : e.experiment() + "/" + e.arm());
        }
    }

    private <T> void latest(List<T> facts, java.util.function.Function<T, InvoiceId> invoice,
                            java.util.function.Function<T, LocalDate> day, java.util.function.Function<T, String> label) {
        // in day order, a later fact overwrites an earlier one; the sort is stable, so the store's order breaks ties
        facts.stream().filter(f -> !day.apply(f).isAfter(asOf)).sorted(Comparator.comparing(day))
                .forEach(f -> invoiceLabels.put(invoice.apply(f), label.apply(f)));
    }

    String of(Invoice invoice) {
        if (dimension == null) {
            return KpiGrouping.ALL;
        }
        if (dimension == KpiDimension.SEGMENT) {
            return of(invoice.customerId());
        }
        return invoiceLabels.getOrDefault(invoice.id(), dimension.noGroup());
    }

    String of(CustomerId customerId) {
        if (dimension == null) {
            return KpiGrouping.ALL;
        }
        if (dimension == KpiDimension.SEGMENT) {
            Customer customer = history.customer(customerId);
            return customer == null ? dimension.noGroup() : customer.type().code();
        }
        return customerLabels.computeIfAbsent(customerId, this::ofLatestInvoice);
    }

    private String ofLatestInvoice(CustomerId customerId) {
        Invoice latest = null;
        for (Invoice invoice : history.invoicesOf(customerId)) {
            if (!invoice.dueOn().isAfter(asOf)) {
                latest = invoice; // sorted by due date
            }
        }
        return latest == null ? dimension.noGroup() : of(latest);
    }
}
