package org.smartdunning.models;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.smartdunning.history.DunningAction;

/**
 * Each arm's churn level (observed over expected events) pulled towards what the field results' friction
 * says the action does relative to the largest arm (the anchor: usually collection, the creditor's standard
 * process). The field results order the actions by friction, a reminder doubling the hazard and collection
 * multiplying it by five; a creditor's customers may mind friction less or more, so the structure is
 * {@code 1 + s × (field multiplier − 1)} with the creditor's own sensitivity {@code s} fitted on all arms at once
 * (Poisson likelihood), and how far the arms stray from it beyond their noise ({@code τ²}, DerSimonian–Laird)
 * sets how strongly each arm is held to it (a Gamma prior of shape 1/τ²): where the arms agree with the
 * structure, one fitted number speaks for all of them; where they do not, each keeps its own level. With fewer
 * than three arms beside the anchor the structure cannot be checked, and the field results themselves (s = 1)
 * count as {@link #EVENTS} churn events.
 */
final class FieldChurnPrior {
    /** Churn events' worth of evidence the field results count for where the structure cannot be fitted. */
    static final double EVENTS = 10;
    /** Least spread of an arm's log level around the structure: the structure is never taken as exact. */
    static final double MIN_TAU = 0.05;
    /** Arms beside the anchor needed to fit the sensitivity and check the structure. */
    private static final int MIN_ARMS = 3;
    private static final double MAX_SENSITIVITY = 3;

    private FieldChurnPrior() {
    }

    /** One arm's sums: weighted churn events observed, predicted under its own action and under the anchor's. */
    private record Arm(DunningAction action, double observed, double predicted, double underAnchor, double meanWeight,
                       double logVariance) {
        /** Events expected at the structure's hazard ratio over the anchor, in the arm's weighted units. */
        double structural(double anchorLevel, double ratio) {
            return anchorLevel * ratio * underAnchor;
        }
    }

    /**
     * The prior each arm's level was pulled towards.
     *
     * @param sensitivity the creditor's friction sensitivity (1 = the field results)
     * @param spread      the arms' spread of log level around the structure (τ), or NaN where it was not fitted
     * @param arms        arms beside the anchor with churn events, the structure fitted on them
     */
    record Structure(double sensitivity, double spread, int arms) {
        /** For the model's provenance. */
        String describe() {
            return Double.isNaN(spread)
                    ? String.format(Locale.ROOT, "field results (s=1) worth %.0f events: %d arms beside the anchor",
                            EVENTS, arms)
                    : String.format(Locale.ROOT, "s=%.2f fitted on %d arms, spread %.3f", sensitivity, arms, spread);
        }
    }

    /** Each arm's churn level and the structure they were pulled towards. */
    record Levels(Map<DunningAction, Double> levels, Structure structure) {
    }

    /**
     * @param expected each row's out-of-fold expected churn events under its own action
     * @param w        each row's weight; 0 for a row that does not set its arm's level ({@link LevelRows})
     * @param own      each arm's own observed over expected churn events
     * @param offsets  log of each row's exposure in months
     * @param folds    each row's cross-fitting half (its out-of-fold model)
     */
    static Levels levels(List<TrainingExample> rows, CrossFittedModel model, double[] expected, float[] w,
                         float[] offsets, int[] folds, Map<DunningAction, Double> own) {
        Map<DunningAction, Integer> counts = new EnumMap<>(DunningAction.class);
        rows.forEach(e -> counts.merge(e.action(), 1, Integer::sum));
        DunningAction anchor = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Arm> arms = new ArrayList<>();
        for (DunningAction action : counts.keySet()) {
            if (action != anchor) {
                Arm arm = arm(rows, model, expected, w, offsets, folds, action, anchor);
                if (arm.predicted() > 0) {
                    arms.add(arm);
                }
            }
        }
        double anchorLevel = own.getOrDefault(anchor, 1.0);
        List<Arm> observed = arms.stream().filter(a -> a.observed() > 0).toList();
        double s = 1;
        double tau2 = Double.NaN;
        boolean fitted = observed.size() >= MIN_ARMS;
        if (fitted) {
            s = sensitivity(observed, anchor, anchorLevel);
            tau2 = Math.max(MIN_TAU * MIN_TAU, spread(observed, anchor, anchorLevel, s));
        }
        Map<DunningAction, Double> levels = new EnumMap<>(own);
        for (Arm arm : arms) {
            double prior = arm.structural(anchorLevel, ratio(arm.action(), anchor, s)) / arm.predicted();
            // a Gamma prior on the level of mean `prior` and shape 1/τ², in the arm's weighted event units
            double strength = fitted ? arm.meanWeight() / (tau2 * prior) : EVENTS * arm.meanWeight();
            levels.put(arm.action(), (arm.observed() + strength * prior) / (arm.predicted() + strength));
        }
        return new Levels(levels, new Structure(s, Math.sqrt(tau2), observed.size()));
    }

    private static Arm arm(List<TrainingExample> rows, CrossFittedModel model, double[] expected, float[] w,
                           float[] offsets, int[] folds, DunningAction action, DunningAction anchor) {
        int[] arm = IntStream.range(0, rows.size()).filter(i -> rows.get(i).action() == action && w[i] > 0).toArray();
        float[][] asAnchor = new float[arm.length][];
        for (int k = 0; k < arm.length; k++) {
            asAnchor[k] = ActionTreeModel.withAction(rows.get(arm[k]).vector(), anchor);
        }
        double[][] anchorRates = model.predictHalves(asAnchor);
        double observed = 0;
        double squares = 0;
        double predicted = 0;
        double underAnchor = 0;
        double weight = 0;
        for (int k = 0; k < arm.length; k++) {
            int i = arm[k];
            if (rows.get(i).labels().churned()) {
                observed += w[i];
                squares += (double) w[i] * w[i];
            }
            predicted += w[i] * expected[i];
            underAnchor += w[i] * anchorRates[folds[i]][k] * Math.exp(offsets[i]);
            weight += w[i];
        }
        // the variance of log(observed) for a weighted Poisson count
        double logVariance = observed > 0 ? squares / (observed * observed) : Double.POSITIVE_INFINITY;
        return new Arm(action, observed, predicted, underAnchor, weight / arm.length, logVariance);
    }

    /** The field results' hazard ratio of an action over the anchor's at friction sensitivity {@code s}. */
    static double ratio(DunningAction action, DunningAction anchor, double s) {
        return multiplier(action, s) / multiplier(anchor, s);
    }

    private static double multiplier(DunningAction action, double s) {
        return 1 + s * (HistoryRulesModel.CHURN_MULTIPLIER.get(action) - 1);
    }

    /** The sensitivity, on a grid of 0.01, of highest Poisson likelihood of every arm's events in its own units. */
    private static double sensitivity(List<Arm> arms, DunningAction anchor, double anchorLevel) {
        double best = 1;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= MAX_SENSITIVITY * 100; step++) {
            double s = step / 100.0;
            double likelihood = 0;
            for (Arm arm : arms) {
                double mu = arm.structural(anchorLevel, ratio(arm.action(), anchor, s)) / arm.meanWeight();
                likelihood += arm.observed() / arm.meanWeight() * Math.log(mu) - mu;
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = s;
            }
        }
        return best;
    }

    /** DerSimonian–Laird: the arms' spread of log level around the structure beyond their own noise. */
    private static double spread(List<Arm> arms, DunningAction anchor, double anchorLevel, double s) {
        double q = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (Arm arm : arms) {
            double d = Math.log(arm.observed() / arm.structural(anchorLevel, ratio(arm.action(), anchor, s)));
            double weight = 1 / arm.logVariance();
            q += weight * d * d;
            sumW += weight;
            sumW2 += weight * weight;
        }
        int freedom = arms.size() - 1; // one sensitivity fitted
        return Math.max(0, (q - freedom) / (sumW - sumW2 / sumW));
    }
}
