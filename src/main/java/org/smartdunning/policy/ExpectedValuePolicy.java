package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;

/**
 * Values every allowed action with the contract's formula and takes the best one; with
 * {@link Exploration} on, it samples among the actions that may be best given the model's
 * uncertainty and logs the propensity of the action taken.
 */
public final class ExpectedValuePolicy implements Policy {
    /** Uncertainty assumed for a prediction that comes with no measure of its own: ±5 points of P(pay), ±2 of P(churn). */
    static final double PRIOR_PAY_SD = 0.05;
    static final double PRIOR_CHURN_SD = 0.02;
    /** Facts named in a decision's reason. */
    static final int REASONS = 3;

    private final OutcomeModel model;
    private final BusinessSettings settings;
    private final DecisionValue decisionValue;
    private final LifetimeValue lifetimeValue;
    private final Exploration exploration;
    private final ModelProvenance provenance;

    public ExpectedValuePolicy(OutcomeModel model, BusinessSettings settings) {
        this(model, settings, Exploration.NONE);
    }

    public ExpectedValuePolicy(OutcomeModel model, BusinessSettings settings, Exploration exploration) {
        this.model = model;
        this.settings = settings;
        this.decisionValue = new DecisionValue(settings);
        this.lifetimeValue = new LifetimeValue(settings);
        this.exploration = exploration;
        Map<String, String> parameters = new LinkedHashMap<>(model.provenance().parameters());
        parameters.put("explore", String.valueOf(exploration.scale()));
        parameters.put("explore_seed", String.valueOf(exploration.seed()));
        parameters.put("explore_max_regret_share", String.valueOf(exploration.maxRegretShare()));
        ModelProvenance m = model.provenance();
        this.provenance = new ModelProvenance(m.name(), m.version(), m.trainedFrom(), m.trainedUntil(), m.seed(), parameters);
    }

    @Override
    public Decision decide(InvoiceFeatures f) {
        return decideAll(List.of(f)).get(0);
    }

    /** Scores the batch at once, chooses, then explains each chosen action in one pass per action. */
    @Override
    public List<Decision> decideAll(List<InvoiceFeatures> batch) {
        return decideAll(batch, AllowedActions::of);
    }

    /**
     * Decides among the actions {@code allowed} gives per invoice (a workflow stage's actions the
     * customer can be reached by and the law permits), which must include at least one action.
     */
    public List<Decision> decideAll(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        model.prepare(batch);
        List<Choice> choices = new ArrayList<>(batch.size());
        int[] picks = new int[batch.size()];
        Map<DunningAction, List<InvoiceFeatures>> chosen = new java.util.EnumMap<>(DunningAction.class);
        for (int i = 0; i < batch.size(); i++) {
            Choice choice = choose(batch.get(i), allowed.apply(batch.get(i)));
            SplittableRandom random = choice.random();
            picks[i] = random == null ? choice.best() : ThompsonDraw.pick(choice.probabilities(), random);
            choices.add(choice);
            chosen.computeIfAbsent(choice.candidates().get(picks[i]).action(), a -> new ArrayList<>()).add(batch.get(i));
        }
        model.prepareDrivers(chosen);
        List<Decision> decisions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            InvoiceFeatures f = batch.get(i);
            Choice choice = choices.get(i);
            DunningAction action = choice.candidates().get(picks[i]).action();
            decisions.add(new Decision(f.invoiceId(), f.decideOn(), action, choice.probabilities()[picks[i]],
                    choice.clv(), choice.candidates(), DecisionReasons.explain(action, choice.candidates(), f,
                    model.drivers(f, action, 4 * REASONS), REASONS), provenance));
        }
        return decisions;
    }

    /** The probability with which the policy takes each allowed action on this invoice. */
    public Map<DunningAction, Double> probabilities(InvoiceFeatures f) {
        Choice choice = choose(f, AllowedActions.of(f));
        Map<DunningAction, Double> p = new java.util.EnumMap<>(DunningAction.class);
        for (int i = 0; i < choice.candidates().size(); i++) {
            p.put(choice.candidates().get(i).action(), choice.probabilities()[i]);
        }
        return p;
    }

    /** Candidates and the distribution over them; {@code random} is null when the choice is deterministic. */
    private record Choice(List<CandidateValue> candidates, double clv, int best, double[] probabilities,
                          SplittableRandom random) {
    }

    private Choice choose(InvoiceFeatures f, Set<DunningAction> allowed) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("no allowed action for invoice " + f.invoiceId().value());
        }
        double clv = lifetimeValue.of(f.monthlyValue(), model.payShare(f), model.remainingMonths(f));
        List<CandidateValue> candidates = new ArrayList<>();
        List<Double> sigma = new ArrayList<>();
        for (DunningAction action : allowed) {
            OutcomeProbabilities p = model.predict(f, action);
            candidates.add(new CandidateValue(action, p, decisionValue.of(action, f.amount(), clv, p)));
            sigma.add(uncertainty(f, action, clv));
        }
        // ties go to the gentler action: enum order runs from none to collection
        CandidateValue best = candidates.stream().max(Comparator.comparingDouble(CandidateValue::value)
                .thenComparing(c -> -c.action().ordinal())).orElseThrow();
        int bestIndex = candidates.indexOf(best);
        if (!exploration.off()) {
            SplittableRandom random = new SplittableRandom(exploration.seed() * 1_000_003L
                    + f.invoiceId().value().hashCode() * 31L + f.decideOn().toEpochDay());
            double[] p = explore(candidates, sigma, best.value(), exploration.maxRegretShare() * f.amount(), random);
            if (p != null) {
                return new Choice(candidates, clv, bestIndex, p, random);
            }
        }
        double[] certain = new double[candidates.size()];
        certain[bestIndex] = 1;
        return new Choice(candidates, clv, bestIndex, certain, null);
    }

    /**
     * Thompson probabilities, narrowed (uncertainty halved) until the expected value given up is
     * within the budget; null when even the narrowest exploration costs too much.
     */
    private double[] explore(List<CandidateValue> candidates, List<Double> sigma, double bestValue, double budget,
                             SplittableRandom random) {
        double scale = exploration.scale();
        for (int attempt = 0; attempt <= Exploration.NARROWINGS; attempt++, scale /= 2) {
            double factor = scale;
            double[] s = sigma.stream().mapToDouble(x -> x * factor).toArray();
            double[] p = ThompsonDraw.floor(ThompsonDraw.probabilities(candidates, s, Exploration.DRAWS, random),
                    Exploration.MIN_PROPENSITY);
            double regret = 0;
            for (int i = 0; i < p.length; i++) {
                regret += p[i] * (bestValue - candidates.get(i).value());
            }
            if (regret <= budget) {
                return p;
            }
        }
        return null;
    }

    /** Spread of the value between independently trained predictions, or the prior uncertainty without them. */
    private double uncertainty(InvoiceFeatures f, DunningAction action, double clv) {
        List<OutcomeProbabilities> predictions = model.predictions(f, action);
        if (predictions.size() < 2) {
            double gain = f.amount() + settings.feeKept(action);
            return Math.hypot(PRIOR_PAY_SD * gain, PRIOR_CHURN_SD * Math.abs(clv));
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (OutcomeProbabilities p : predictions) {
            double v = decisionValue.of(action, f.amount(), clv, p);
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return (high - low) / 2;
    }

    @Override
    public ModelProvenance provenance() {
        return provenance;
    }
}
