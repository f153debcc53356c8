package org.smartdunning.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/**
 * Finds the invoices the process must look at on a day: unpaid before it, of a customer still
 * active, not already with a collection agency, with a stage due that was not dealt with.
 */
final class DueInvoices {
    /** The workflow's stages by day. */
    private final List<Stage> stages;
    private final int first;
    private final int last;

    DueInvoices(Workflow workflow, int catchUpDays) {
        this.stages = workflow.stages().stream().sorted(Comparator.comparingInt(Stage::day)).toList();
        this.first = stages.get(0).day();
        this.last = stages.get(stages.size() - 1).day() + catchUpDays;
    }

    List<DueInvoice> on(LocalDate day, CreditorHistory history, Map<InvoiceId, List<StageRun>> done) {
        List<DueInvoice> due = new ArrayList<>();
        for (Invoice invoice : history.invoices()) {
            int days = (int) ChronoUnit.DAYS.between(invoice.dueOn(), day);
            if (days < first || days > last || invoice.issuedOn().isAfter(day)) {
                continue;
            }
            Customer customer = history.customer(invoice.customerId());
            Money unpaid = history.unpaidBefore(invoice.id(), day);
            if (customer == null || customer.endedBefore(day) || unpaid.cents() <= 0 || withAgency(history, invoice, day)) {
                continue;
            }
            List<StageRun> runs = done.getOrDefault(invoice.id(), List.of());
            Set<String> dealt = runs.stream().map(StageRun::stageId).collect(Collectors.toSet());
            List<Stage> pending = stages.stream().filter(s -> s.day() <= days && !dealt.contains(s.id())).toList();
            if (!pending.isEmpty()) {
                due.add(new DueInvoice(invoice, customer, unpaid, days, pending, runs));
            }
        }
        // a stable order makes the plan, the outbox and the audit log reproducible
        due.sort(Comparator.comparing(d -> d.invoice().id().value()));
        return due;
    }

    private static boolean withAgency(CreditorHistory history, Invoice invoice, LocalDate day) {
        for (DunningEvent e : history.eventsOf(invoice.id())) {
            if (e.action() == DunningAction.COLLECTION && e.occurredOn().isBefore(day)) {
                return true;
            }
        }
        return false;
    }
}
