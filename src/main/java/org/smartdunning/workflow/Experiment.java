package org.smartdunning.workflow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartdunning.history.CustomerId;

/**
 * A creditor's randomised experiment at one workflow stage: from {@code start} to {@code end} (both included),
 * each eligible customer is drawn into one arm, or into the holdout that keeps the standard process, by a hash
 * of the experiment's name, the customer's id and the seed: the same customer gets the same arm on every day and
 * every run, with no random state kept.
 *
 * @param stage    the id of the workflow stage whose action the arms set
 * @param eligible the invoices the experiment applies to; others go through the stage untouched
 * @param holdout  the share kept on the standard process (0: no holdout)
 * @param line     line of the experiment in its file (0 when not from a file)
 */
public record Experiment(String name, String stage, LocalDate start, LocalDate end, long seed, SegmentCondition eligible,
                         List<ExperimentArm> arms, double holdout, int line) {
    /** The experiment the engine's own exploration logs its decisions under; a creditor's experiment cannot take it. */
    public static final String ENGINE = org.smartdunning.history.DunningEvent.ENGINE_EXPERIMENT;
    /** The arm name of the holdout on the dunning events (the experiments' analysis takes it as the control). */
    public static final String HOLDOUT = "holdout";

    public Experiment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        eligible = eligible == null ? SegmentCondition.ANY : eligible;
        arms = List.copyOf(arms);
    }

    /** The groups a customer can be drawn into: the arms' names, then the holdout's when there is one. */
    public List<String> groups() {
        List<String> groups = new ArrayList<>(arms.stream().map(ExperimentArm::name).toList());
        if (holdout > 0) {
            groups.add(HOLDOUT);
        }
        return groups;
    }

    /**
     * This experiment with every eligible customer drawn into {@code group} (an arm's name or the holdout), with
     * certainty: what that group would have done to the invoices the draw put elsewhere, for a simulation's truth.
     */
    public Experiment forcedTo(String group) {
        if (!groups().contains(group)) {
            throw new IllegalArgumentException("experiment " + name + " has no group " + group);
        }
        if (HOLDOUT.equals(group)) {
            // an arm of share 0 is never drawn, so the holdout takes every customer
            ExperimentArm none = arms.get(0);
            return new Experiment(name, stage, start, end, seed, eligible, List.of(new ExperimentArm(none.name(), 0,
                    none.actions(), none.template(), none.tone(), none.fee(), none.offsetDays(), none.line())), 1, line);
        }
        ExperimentArm arm = arms.stream().filter(a -> a.name().equals(group)).findFirst().orElseThrow();
        return new Experiment(name, stage, start, end, seed, eligible, List.of(new ExperimentArm(arm.name(), 1,
                arm.actions(), arm.template(), arm.tone(), arm.fee(), arm.offsetDays(), arm.line())), 0, line);
    }

    /** Whether the experiment runs on the day. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The customer's arm when the experiment runs on the day and the invoice is eligible; else empty. */
    public Optional<Assignment> assign(String stageId, CustomerId customer, SegmentFacts facts, LocalDate day) {
        if (!stage.equals(stageId) || !runsOn(day) || !eligible.matches(facts)) {
            return Optional.empty();
        }
        double u = draw(customer);
        double upTo = 0;
        for (ExperimentArm arm : arms) {
            upTo += arm.share();
            if (u < upTo) {
                return Optional.of(new Assignment(name, arm, arm.name(), arm.share()));
            }
        }
        // a holdout takes the rest; without one, rounding of shares summing to 1 falls to the last arm
        ExperimentArm last = arms.get(arms.size() - 1);
        return Optional.of(holdout > 0 ? new Assignment(name, null, HOLDOUT, holdout)
                : new Assignment(name, last, last.name(), last.share()));
    }

    /** A uniform number in [0, 1) fixed by the experiment, the customer and the seed. */
    double draw(CustomerId customer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((name + '\u0000' + customer.value() + '\u0000' + seed).getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(hash).getLong() >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
