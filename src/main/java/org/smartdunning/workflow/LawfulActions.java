package org.smartdunning.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.DebtorKind;
import org.smartdunning.law.LateCharges;
import org.smartdunning.law.LawViolation;
import org.smartdunning.law.LegalStep;

/**
 * The actions of a stage that the law of the debtor's country, in force on the day, allows for
 * this invoice given what was really done to it before, whatever the workflow says. A reminder
 * fee above the debtor's country cap is lowered to the cap; anything else the law forbids is
 * dropped with the reason. Countries without a rule pack get no fees and no collection: the
 * engine does not guess foreign law.
 */
final class LawfulActions {
    /** The stage's actions that may be taken, with their fees, and why the others may not. */
    record Allowed(Set<DunningAction> actions, Map<DunningAction, Money> fees, List<String> refusals) {
    }

    private final Workflow workflow;
    private final CountryLaws laws;
    private final LateCharges charges;

    LawfulActions(Workflow workflow, CountryLaws laws, LateCharges charges) {
        this.workflow = workflow;
        this.laws = laws;
        this.charges = charges;
    }

    Allowed of(DueInvoice due, Stage stage, CreditorHistory history, LocalDate day) {
        Optional<CountryLaw> law = laws.on(due.customer().country(), day);
        DebtorKind debtor = DebtorKind.of(due.customer().type());
        Set<DunningAction> allowed = new LinkedHashSet<>();
        Map<DunningAction, Money> fees = new EnumMap<>(DunningAction.class);
        List<String> refusals = new ArrayList<>();
        for (DunningAction action : stage.actions()) {
            Money fee = stage.fee(action);
            if (law.isEmpty()) {
                if (action == DunningAction.COLLECTION) {
                    refusals.add("collection: no rule pack for country " + due.customer().country());
                    continue;
                }
                fee = Money.ZERO;
            } else {
                fee = feeFor(law.get(), action, fee, debtor);
                List<LawViolation> violations = law.get().violations(step(due, stage, action, fee, debtor, history, day));
                if (!violations.isEmpty() && fee.cents() > 0
                        && law.get().violations(step(due, stage, action, Money.ZERO, debtor, history, day)).isEmpty()) {
                    // the law forbids the fee, not the reminder: send it without the fee
                    violations.forEach(v -> refusals.add(action.key() + " fee dropped: " + v.message()));
                    fee = Money.ZERO;
                    violations = List.of();
                }
                if (!violations.isEmpty()) {
                    violations.forEach(v -> refusals.add(action.key() + ": " + v.message()));
                    continue;
                }
            }
            allowed.add(action);
            fees.put(action, fee);
        }
        return new Allowed(allowed, fees, refusals);
    }

    private Money feeFor(CountryLaw law, DunningAction action, Money fee, DebtorKind debtor) {
        if (workflow.claimCompensation() && debtor == DebtorKind.BUSINESS && law.compensationCoversFees()) {
            return Money.ZERO;  // the flat compensation already covers the creditor's costs
        }
        return action.isReminder() ? charges.cappedReminderFee(law, fee) : fee;
    }

    /** The step as the law sees it, from the reminders actually recorded and the stages actually run. */
    private LegalStep step(DueInvoice due, Stage stage, DunningAction action, Money fee, DebtorKind debtor,
                           CreditorHistory history, LocalDate day) {
        int reminders = 0;
        int feeReminders = 0;
        LocalDate lastFee = null;
        for (DunningEvent e : history.eventsOf(due.invoice().id())) {
            if (e.action().isReminder() && e.occurredOn().isBefore(day) && e.occurredOn().isAfter(due.invoice().dueOn())) {
                reminders++;
                if (e.fee().cents() > 0) {
                    feeReminders++;
                    lastFee = lastFee == null || e.occurredOn().isAfter(lastFee) ? e.occurredOn() : lastFee;
                }
            }
        }
        LocalDate lastNotice = null;
        for (StageRun run : due.done()) {
            boolean announced = run.action() != null && run.action().isReminder()
                    && workflow.stage(run.stageId()).map(Stage::announcesCollection).orElse(false);
            if (announced && (lastNotice == null || run.day().isAfter(lastNotice))) {
                lastNotice = run.day();
            }
        }
        boolean announces = stage.announcesCollection() && action.isReminder();
        return new LegalStep(action, due.daysAfterDue(), fee, stage.payByDays(), debtor, feeReminders, since(lastNotice, day),
                reminders, since(lastFee, day), announces);
    }

    private static int since(LocalDate earlier, LocalDate day) {
        return earlier == null ? LegalStep.NEVER : (int) ChronoUnit.DAYS.between(earlier, day);
    }
}
