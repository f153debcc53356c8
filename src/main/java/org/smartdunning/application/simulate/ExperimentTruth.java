package org.smartdunning.application.simulate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.audit.StopReason;
import org.smartdunning.experiments.analysis.TrueEffect;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.Experiment;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.world.LiveWorld;

/**
 * Records, on each simulated day, what every group of the creditor's experiments would have done to each invoice the
 * world awaits an action on, and the world's exact chance of payment of that action: the day is planned again with
 * the experiment's customers all drawn into one group, then the next, committing nothing. The world reacts to the
 * first action on an invoice's decision day, so that action is the one looked up (none when a group took none).
 */
final class ExperimentTruth implements TrueEffect.PaymentTruth {
    private final Experiments experiments;
    /** Per experiment, per invoice, per group: the chance of payment within the horizon. */
    private final Map<String, Map<InvoiceId, Map<String, Double>>> pay = new HashMap<>();

    ExperimentTruth(Experiments experiments) {
        this.experiments = experiments;
    }

    /** After the day's run and before the world lives the day. */
    void dayRun(LocalDate day, DailyPlan plan, RunDunningDay daily, LiveWorld world) {
        Set<InvoiceId> awaiting = new HashSet<>(world.awaitingDecision(day));
        for (Experiment e : experiments.experiments()) {
            boolean drew = plan.events().stream().anyMatch(ev -> e.name().equals(ev.experiment()))
                    || plan.audit().stream().anyMatch(a -> a.stopReason() == StopReason.EXPERIMENT_OFFSET);
            if (!e.runsOn(day) || !drew) {
                continue;
            }
            Map<String, Map<InvoiceId, DunningEvent>> firstByGroup = new HashMap<>();
            Set<InvoiceId> claimed = new HashSet<>();
            for (String group : e.groups()) {
                DailyPlan forced = daily.planLastDayAgain(experiments.forcedTo(e.name(), group));
                Map<InvoiceId, DunningEvent> first = new HashMap<>();
                for (DunningEvent ev : forced.events()) {
                    first.putIfAbsent(ev.invoiceId(), ev);
                    if (e.name().equals(ev.experiment()) && awaiting.contains(ev.invoiceId())) {
                        claimed.add(ev.invoiceId());
                    }
                }
                firstByGroup.put(group, first);
            }
            Map<InvoiceId, Map<String, Double>> into = pay.computeIfAbsent(e.name(), k -> new HashMap<>());
            for (InvoiceId invoice : claimed) {
                Map<String, Double> groups = new HashMap<>();
                firstByGroup.forEach((group, first) -> {
                    DunningEvent ev = first.get(invoice);
                    DunningAction action = ev == null ? DunningAction.NONE : ev.action();
                    groups.put(group, world.truth(invoice, action).orElseThrow().pay());
                });
                into.put(invoice, groups);
            }
        }
    }

    /** Whether any invoice was recorded. */
    boolean any() {
        return pay.values().stream().anyMatch(m -> !m.isEmpty());
    }

    @Override
    public boolean knows(String experiment) {
        return experiments.experiments().stream().anyMatch(e -> e.name().equals(experiment));
    }

    @Override
    public OptionalDouble pay(String experiment, InvoiceId invoice, String group) {
        Double p = pay.getOrDefault(experiment, Map.of()).getOrDefault(invoice, Map.of()).get(group);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }
}
