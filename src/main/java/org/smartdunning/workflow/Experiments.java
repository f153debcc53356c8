package org.smartdunning.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.smartdunning.history.CustomerId;

/** A creditor's experiments; at most one can claim an invoice at a stage (their file is checked for that). */
public record Experiments(List<Experiment> experiments) {
    /** No experiment: every stage runs as the workflow says. */
    public static final Experiments NONE = new Experiments(List.of());

    public Experiments {
        experiments = List.copyOf(experiments);
    }

    /** The invoice's assignment at the stage on the day, if an experiment claims it. */
    public Optional<Assignment> assign(Stage stage, CustomerId customer, SegmentFacts facts, LocalDate day) {
        for (Experiment e : experiments) {
            Optional<Assignment> a = e.assign(stage.id(), customer, facts, day);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** These experiments with experiment {@code name}'s customers all drawn into {@code group} ({@link Experiment#forcedTo}). */
    public Experiments forcedTo(String name, String group) {
        return new Experiments(experiments.stream().map(e -> e.name().equals(name) ? e.forcedTo(group) : e).toList());
    }

    /** Whether an experiment at the stage needs the invoice's risk band to tell whether it is eligible. */
    public boolean asksRisk(Stage stage) {
        return experiments.stream().anyMatch(e -> e.stage().equals(stage.id()) && !e.eligible().riskBands().isEmpty());
    }
}
