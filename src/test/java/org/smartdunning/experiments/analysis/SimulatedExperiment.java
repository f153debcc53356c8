package org.smartdunning.experiments.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * Seeded experiments of two arms, "treated" and "control", whose chances differ by invoice: half the
 * invoices (the good payers, 80% paid) are drawn into "treated" with probability 0.5, the other half
 * (50% paid) with 0.2, so an unweighted mean would flatter "treated". Value per invoice is the amount
 * (200–800) when paid, less 2,000 for the 3% of customers who leave: skewed, as real values are.
 */
final class SimulatedExperiment {
    static final String TREATED = "treated";
    static final String CONTROL = "control";
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private SimulatedExperiment() {
    }

    /** Value per invoice of an arm over the whole population: 0.5 × (0.8 + 0.5 + 2 lift) × 500 − 60. */
    static double trueValue(double payLift) {
        return 0.5 * (0.8 + payLift + 0.5 + payLift) * 500 - 0.03 * 2000;
    }

    /** {@code invoices} invoices in the order their outcomes became known; "treated" pays {@code payLift} more often. */
    static List<ArmObservation> run(long seed, int invoices, double payLift) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ArmObservation> observations = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            boolean good = random.nextDouble() < 0.5;
            double chance = good ? 0.5 : 0.2;
            boolean treated = random.nextDouble() < chance;
            double pay = (good ? 0.8 : 0.5) + (treated ? payLift : 0);
            boolean paid = random.nextDouble() < pay;
            boolean churned = random.nextDouble() < 0.03;
            double amount = 200 + 600 * random.nextDouble();
            double value = (paid ? amount : 0) - (churned ? 2000 : 0);
            LocalDate known = START.plusDays(i / 10);
            observations.add(new ArmObservation(new InvoiceId("I" + i), "test", treated ? TREATED : CONTROL,
                    treated ? DunningAction.SMS : DunningAction.COLLECTION, treated ? chance : 1 - chance,
                    known.minusDays(120), known, paid, false, churned, false, 0, 0, value));
        }
        return observations;
    }
}
