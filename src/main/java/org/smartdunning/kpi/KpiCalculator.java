package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;

/**
 * The KPIs of a period, from what happened. Which facts enter each figure, for a row's period
 * {@code from..to} (both included; "known through" is the latest day the store holds facts of):
 * <ul>
 * <li><b>invoices due</b>: invoices with a due date in the period, not after the known-through day
 *     (an invoice not yet due cannot be late). The population of the on-time and horizon shares and
 *     the denominator of inquiries per 1,000 invoices.
 * <li><b>paid on time</b>: of those, fully paid by the due date (the first day its payments covered
 *     the amount is on or before it).
 * <li><b>paid within the horizon</b>: of the invoices due whose horizon, {@code horizon.days} after the
 *     due date, ended by the known-through day (others are still open and left out), fully paid by then.
 * <li><b>days sales outstanding</b>: receivables ÷ invoiced × days in the period, where receivables
 *     are the open balances at the period's end (amount less payments dated by then, reversals
 *     included, at least 0) of every invoice issued by then, and invoiced is the amount of the
 *     invoices issued in the period. The store writes nothing off: an unpaid invoice stays a receivable.
 * <li><b>reminders per channel</b> and <b>collection cases</b>: dunning events dated in the period with
 *     that action (the history's and those the daily process records when it acts on an overdue
 *     invoice; notices before or on the due date are not dunning events).
 * <li><b>notices per channel</b>: the daily process's stages that acted in the period on or before the
 *     invoice's due date with an SMS, e-mail or letter (the nudges before an invoice is late).
 * <li><b>invoice inquiries</b>: inquiries on the topic {@code invoice} dated in the period; per 1,000
 *     invoices due.
 * <li><b>churned customers</b>: customers whose relationship ended in the period.
 * <li><b>average CLV</b>: mean lifetime value of the customers active at the period's end, valued on
 *     facts up to that end ({@link CustomerLifetimes}).
 * <li><b>cash recovered</b>: payments dated in the period, after the due date, on invoices not fully
 *     paid by their due date (reversals subtract).
 * <li><b>cost of dunning</b>: the action cost of business.properties for each dunning event and notice in the period.
 * <li><b>fee income</b>: fees of the dunning events in the period whose invoice was fully paid within
 *     the horizon.
 * </ul>
 * Invoice facts (and events, payments, inquiries naming an invoice) fall in their invoice's group;
 * customer facts (churn, CLV, inquiries naming no invoice) in the customer's ({@link GroupLabels}).
 */
public final class KpiCalculator {
    private final BusinessSettings settings;

    public KpiCalculator(BusinessSettings settings) {
        this.settings = settings;
    }

    /** The rows of the period: per month when monthly, else one set; in each, the total then every group. */
    public List<KpiRow> rows(KpiFacts facts, KpiPeriod period, KpiGrouping grouping) {
        GroupLabels labels = new GroupLabels(facts, grouping.dimension(), period.to());
        InvoiceLedger ledger = new InvoiceLedger(facts.history(), settings.horizonDays());
        CustomerLifetimes lifetimes = new CustomerLifetimes(facts.history(), ledger, settings);
        List<LedgerLine> lines = LedgerLine.of(facts.history(), ledger, labels, settings.horizonDays());
        List<KpiRow> rows = new ArrayList<>();
        for (KpiPeriod p : grouping.monthly() ? period.months() : List.of(period)) {
            Map<String, KpiTally> groups = new TreeMap<>();
            KpiTally all = new KpiTally();
            Map<String, List<KpiTally>> intoByGroup = new HashMap<>();
            tally(facts, p, lines, lifetimes, key -> intoByGroup.computeIfAbsent(key, k -> {
                List<KpiTally> into = new ArrayList<>(2);
                into.add(all);
                if (grouping.dimension() != null) {
                    into.add(groups.computeIfAbsent(key, g -> new KpiTally()));
                }
                return into;
            }), labels);
            rows.add(new KpiRow(p.from(), p.to(), KpiGrouping.ALL, all.values(p.days())));
            groups.forEach((group, t) -> {
                if (!t.isEmpty()) {
                    rows.add(new KpiRow(p.from(), p.to(), group, t.values(p.days())));
                }
            });
        }
        return rows;
    }

    private void tally(KpiFacts facts, KpiPeriod p, List<LedgerLine> lines, CustomerLifetimes lifetimes,
                       Function<String, List<KpiTally>> tallies, GroupLabels labels) {
        LocalDate knownThrough = facts.knownThrough();
        var history = facts.history();
        Map<InvoiceId, List<StageFact>> notices = new HashMap<>();
        for (StageFact s : facts.stages()) {
            if (s.action() != null && s.action().isReminder() && p.contains(s.day())) {
                notices.computeIfAbsent(s.invoiceId(), k -> new ArrayList<>()).add(s);
            }
        }
        String group = null;
        List<KpiTally> into = null;
        for (LedgerLine line : lines) {
            Invoice invoice = line.invoice();
            if (into == null || !line.group().equals(group)) { // most lines share the last line's group
                group = line.group();
                into = tallies.apply(group);
            }
            LocalDate paidOn = line.fullyPaidOn();
            boolean onTime = paidOn != null && !paidOn.isAfter(invoice.dueOn());
            LocalDate horizonEnd = line.horizonEnd();
            boolean inHorizon = paidOn != null && !paidOn.isAfter(horizonEnd);
            boolean due = p.contains(invoice.dueOn()) && !invoice.dueOn().isAfter(knownThrough);
            long open = invoice.issuedOn().isAfter(p.to()) ? 0 : line.openCentsAt(p.to());
            long cash = 0;
            if (!onTime) {
                for (Payment payment : line.payments()) {
                    boolean overdue = payment.paidOn().isAfter(invoice.dueOn());
                    cash += overdue && p.contains(payment.paidOn()) ? payment.amount().cents() : 0;
                }
            }
            for (KpiTally t : into) {
                if (due) {
                    t.invoicesDue++;
                    t.paidOnTime += onTime ? 1 : 0;
                    if (!horizonEnd.isAfter(knownThrough)) {
                        t.horizonClosed++;
                        t.paidWithinHorizon += inHorizon ? 1 : 0;
                    }
                }
                t.invoicedCents += p.contains(invoice.issuedOn()) ? invoice.amount().cents() : 0;
                t.receivablesCents += open;
                t.cashRecoveredCents += cash;
            }
            for (DunningEvent event : line.events()) {
                if (p.contains(event.occurredOn())) {
                    into.forEach(t -> action(t, event, inHorizon));
                }
            }
            for (StageFact notice : notices.isEmpty() ? List.<StageFact>of() : notices.getOrDefault(invoice.id(), List.of())) {
                if (!notice.day().isAfter(invoice.dueOn())) {
                    into.forEach(t -> notice(t, notice.action()));
                }
            }
        }
        for (Customer customer : history.customers()) {
            if (p.contains(customer.endedOn())) {
                tallies.apply(labels.of(customer.id())).forEach(t -> t.churned++);
            }
            for (Inquiry inquiry : history.inquiriesOf(customer.id())) {
                if (inquiry.aboutInvoices() && p.contains(inquiry.occurredOn())) {
                    var invoice = inquiry.invoiceId() == null ? null : history.invoice(inquiry.invoiceId());
                    tallies.apply(invoice != null ? labels.of(invoice) : labels.of(customer.id()))
                            .forEach(t -> t.inquiries++);
                }
            }
        }
        for (Map.Entry<CustomerId, Double> clv : lifetimes.activeAt(p.to()).entrySet()) {
            tallies.apply(labels.of(clv.getKey())).forEach(t -> {
                t.active++;
                t.clvSum += clv.getValue();
            });
        }
    }

    private void notice(KpiTally t, DunningAction action) {
        t.smsNotices += action == DunningAction.SMS ? 1 : 0;
        t.emailNotices += action == DunningAction.EMAIL ? 1 : 0;
        t.letterNotices += action == DunningAction.LETTER ? 1 : 0;
        t.dunningCost += settings.cost(action);
    }

    private void action(KpiTally t, DunningEvent event, boolean invoicePaid) {
        DunningAction action = event.action();
        t.sms += action == DunningAction.SMS ? 1 : 0;
        t.email += action == DunningAction.EMAIL ? 1 : 0;
        t.letter += action == DunningAction.LETTER ? 1 : 0;
        t.collection += action == DunningAction.COLLECTION ? 1 : 0;
        t.dunningCost += settings.cost(action);
        t.feeIncomeCents += invoicePaid ? event.fee().cents() : 0;
    }
}
