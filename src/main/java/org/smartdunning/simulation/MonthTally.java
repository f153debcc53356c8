package org.smartdunning.simulation;

import java.time.LocalDate;
import org.smartdunning.history.DunningAction;
import org.smartdunning.world.TruthRow;

/** Sums one month's truth values as the invoices are decided. */
final class MonthTally {
    private final int month;
    private final LocalDate from;
    private final String thin;
    private final String reference;
    private int invoices;
    private int tried;
    private double engine;
    private double standard;
    private double baseline;
    private double oracle;
    private double explorationCost;
    private int engineCollections;
    private int oracleCollections;
    private final MonthDiagnosis diagnosis = new MonthDiagnosis();
    private final java.util.Map<DunningAction, Integer> actions = new java.util.EnumMap<>(DunningAction.class);

    MonthTally(int month, LocalDate from, String thin, String reference) {
        this.month = month;
        this.from = from;
        this.thin = thin;
        this.reference = reference;
    }

    /**
     * @param taken    the engine's action
     * @param greedy   what it would have taken without exploring
     * @param baseline the history-rules baseline's action
     */
    void add(TruthRow truth, DunningAction taken, DunningAction greedy, DunningAction baselineAction, boolean coldTried) {
        invoices++;
        actions.merge(taken, 1, Integer::sum);
        tried += coldTried ? 1 : 0;
        engine += truth.values().get(taken);
        standard += truth.values().get(DunningAction.COLLECTION);
        baseline += truth.values().get(baselineAction);
        oracle += truth.values().get(truth.bestAction());
        explorationCost += truth.values().get(greedy) - truth.values().get(taken);
        engineCollections += taken == DunningAction.COLLECTION ? 1 : 0;
        oracleCollections += truth.bestAction() == DunningAction.COLLECTION ? 1 : 0;
    }

    /** Adds the engine's unexplored decision on an invoice to the month's diagnosis. */
    void diagnose(TruthRow truth, org.smartdunning.policy.Decision greedy) {
        diagnosis.add(truth, greedy);
    }

    MonthResult result() {
        double n = Math.max(1, invoices);
        return new MonthResult(month, from, invoices, engine / n, standard / n, baseline / n, oracle / n,
                explorationCost / n, engineCollections / n, oracleCollections / n, tried, thin, reference, actions,
                diagnosis.lines());
    }
}
