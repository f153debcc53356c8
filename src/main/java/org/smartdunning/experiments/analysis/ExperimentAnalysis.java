package org.smartdunning.experiments.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartdunning.history.DunningAction;

/** Analyses every experiment of the observed arms: per arm, against the control, and sequentially. */
public final class ExperimentAnalysis {
    /** Arm names that mark an explicit holdout, which keeps the standard process. */
    static final Set<String> HOLDOUTS = Set.of("holdout", "control");

    private ExperimentAnalysis() {
    }

    /**
     * @param observed the arms' observations
     * @param control  the arm to compare with where an experiment has an arm of that name; null for the default
     */
    public static List<ExperimentResult> of(ObservedArms observed, String control) {
        Map<String, List<ArmObservation>> byExperiment = new TreeMap<>();
        observed.open().keySet().forEach(e -> byExperiment.put(e, new ArrayList<>()));
        observed.randomised().forEach(o -> byExperiment.computeIfAbsent(o.experiment(), e -> new ArrayList<>()).add(o));
        List<ExperimentResult> results = new ArrayList<>();
        byExperiment.forEach((experiment, closed) -> results.add(experiment(experiment, closed,
                observed.open().getOrDefault(experiment, Map.of()), control)));
        return results;
    }

    private static ExperimentResult experiment(String experiment, List<ArmObservation> closed, Map<String, Integer> open,
                                               String wanted) {
        Map<String, List<ArmObservation>> arms = new TreeMap<>();
        open.keySet().forEach(a -> arms.put(a, new ArrayList<>()));
        closed.forEach(o -> arms.computeIfAbsent(o.arm(), a -> new ArrayList<>()).add(o));
        Map<String, String> actions = new TreeMap<>();
        arms.forEach((arm, list) -> actions.put(arm, mostCommon(list)));
        Control control = control(actions, wanted);
        List<ArmResult> armResults = new ArrayList<>();
        Map<String, Map<Metric, WeightedMean>> means = new TreeMap<>();
        arms.forEach((arm, list) -> {
            Map<Metric, WeightedMean> m = new TreeMap<>();
            for (Metric metric : Metric.values()) {
                m.put(metric, WeightedMean.of(list, metric));
            }
            means.put(arm, m);
            armResults.add(new ArmResult(arm, actions.get(arm), list.size(), open.getOrDefault(arm, 0),
                    list.stream().mapToDouble(ArmObservation::propensity).boxed().min(Double::compare).orElse(null),
                    list.stream().mapToDouble(ArmObservation::propensity).boxed().max(Double::compare).orElse(null),
                    ArmFigures.of(metric -> m.get(metric).interval())));
        });
        List<ArmObservation> ordered = closed.stream().sorted(Comparator.comparing(ArmObservation::knownOn)
                .thenComparing(o -> o.invoiceId().value())).toList();
        List<ArmComparison> comparisons = new ArrayList<>();
        Map<Metric, WeightedMean> controlMeans = means.get(control.arm());
        for (String arm : arms.keySet()) {
            if (!arm.equals(control.arm())) {
                Function<Metric, Interval> difference = metric -> means.get(arm).get(metric).minus(controlMeans.get(metric));
                comparisons.add(new ArmComparison(arm, control.arm(), ArmFigures.of(difference),
                        AlwaysValidDifference.of(ordered, arm, control.arm(), Metric.VALUE, "value", "value per invoice"),
                        AlwaysValidDifference.of(ordered, arm, control.arm(), Metric.PAID_WITHIN_HORIZON,
                                "paid_within_horizon", "paid share")));
            }
        }
        LocalDate first = closed.stream().map(ArmObservation::actedOn).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = closed.stream().map(ArmObservation::actedOn).max(Comparator.naturalOrder()).orElse(null);
        return new ExperimentResult(experiment, control.arm(), control.choice(), first, last, closed.size(),
                open.values().stream().mapToInt(Integer::intValue).sum(), armResults, comparisons);
    }

    /** The arm the others are compared with, and why it. */
    record Control(String arm, String choice) {
    }

    /** The control arm and why: the one named, else an explicit holdout, else the standard process's, else the first. */
    static Control control(Map<String, String> actions, String wanted) {
        if (wanted != null && actions.containsKey(wanted)) {
            return new Control(wanted, "named");
        }
        for (String arm : actions.keySet()) {
            if (HOLDOUTS.contains(arm.toLowerCase(Locale.ROOT))) {
                return new Control(arm, "holdout");
            }
        }
        for (Map.Entry<String, String> arm : actions.entrySet()) {
            if (DunningAction.COLLECTION.key().equals(arm.getValue())) {
                return new Control(arm.getKey(), "standard process");
            }
        }
        return new Control(actions.keySet().iterator().next(), "first arm");
    }

    /** The action an arm took most often (ties: the first in the actions' order); null for an arm with none closed. */
    private static String mostCommon(List<ArmObservation> arm) {
        Map<DunningAction, Long> counts = arm.stream().collect(Collectors.groupingBy(ArmObservation::action,
                () -> new EnumMap<>(DunningAction.class), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<DunningAction, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(e -> e.getKey().key()).orElse(null);
    }
}
