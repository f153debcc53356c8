package org.smartdunning.models;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/**
 * Per-action models of payment, churn and inquiry learned from the creditor's own logged actions,
 * with a fallback model for what the history cannot teach yet. Batches are scored at once
 * ({@link #prepare}), since tree libraries score a matrix far faster than single rows.
 */
public final class LearnedOutcomeModel implements OutcomeModel {
    private final Map<DunningAction, ArmModels> arms;
    private final HistoryRulesModel fallback;
    private final int churnWindowMonths;
    private final ModelProvenance provenance;
    private final LoggedSupport support;
    private final Map<InvoiceFeatures, Map<DunningAction, List<OutcomeProbabilities>>> prepared = new IdentityHashMap<>();
    private final Map<InvoiceFeatures, Map<DunningAction, double[]>> payContributions = new IdentityHashMap<>();

    public LearnedOutcomeModel(Map<DunningAction, ArmModels> arms, HistoryRulesModel fallback, int churnWindowMonths,
                               ModelProvenance provenance) {
        this(arms, fallback, churnWindowMonths, provenance, null);
    }

    /** @param support logged rows per action among similar invoices; null when not counted */
    public LearnedOutcomeModel(Map<DunningAction, ArmModels> arms, HistoryRulesModel fallback, int churnWindowMonths,
                               ModelProvenance provenance, LoggedSupport support) {
        this.support = support;
        this.arms = DunningAction.ordered(arms);
        this.fallback = fallback;
        this.churnWindowMonths = churnWindowMonths;
        this.provenance = provenance;
    }

    /** Scores the invoices not scored yet (a report's parts prepare the same logged invoices in turn). */
    @Override
    public void prepare(List<InvoiceFeatures> invoices) {
        List<InvoiceFeatures> batch = invoices.stream().filter(f -> !prepared.containsKey(f)).toList();
        if (batch.isEmpty()) {
            return;
        }
        float[][] rows = batch.stream().map(FeatureSchema::vector).toArray(float[][]::new);
        for (InvoiceFeatures f : batch) {
            prepared.put(f, new java.util.EnumMap<>(DunningAction.class));
        }
        for (DunningAction action : DunningAction.values()) {
            ArmModels arm = arms.get(action);
            double[][] pay = halves(arm == null ? null : arm.pay(), rows);
            double[][] churnRate = arm == null || arm.churn() == null ? null : arm.churn().ratesHalves(rows, action);
            double[][] inquiry = halves(arm == null ? null : arm.inquiry(), rows);
            for (int i = 0; i < batch.size(); i++) {
                InvoiceFeatures f = batch.get(i);
                OutcomeProbabilities prior = (pay == null || churnRate == null || inquiry == null)
                        ? fallback.predict(f, action) : null;
                List<OutcomeProbabilities> byHalf = new ArrayList<>(2);
                for (int h = 0; h < 2; h++) {
                    byHalf.add(new OutcomeProbabilities(
                            pay == null ? prior.pay() : clamp(pay[h][i]),
                            churnRate == null ? prior.churn() : clamp(1 - Math.exp(-churnRate[h][i] * churnWindowMonths)),
                            inquiry == null ? prior.inquiry() : clamp(inquiry[h][i])));
                }
                prepared.get(f).put(action, byHalf);
            }
        }
    }

    @Override
    public OutcomeProbabilities predict(InvoiceFeatures f, DunningAction action) {
        List<OutcomeProbabilities> halves = predictions(f, action);
        OutcomeProbabilities a = halves.get(0);
        OutcomeProbabilities b = halves.get(1);
        return new OutcomeProbabilities((a.pay() + b.pay()) / 2, (a.churn() + b.churn()) / 2,
                (a.inquiry() + b.inquiry()) / 2);
    }

    @Override
    public List<OutcomeProbabilities> predictions(InvoiceFeatures f, DunningAction action) {
        if (!prepared.containsKey(f)) {
            prepare(List.of(f));
        }
        return prepared.get(f).get(action);
    }

    /** Feature contributions of the payment model of each chosen action, one batch per action. */
    @Override
    public void prepareDrivers(Map<DunningAction, List<InvoiceFeatures>> chosen) {
        chosen.forEach((action, invoices) -> {
            ArmModels arm = arms.get(action);
            if (arm == null || arm.pay() == null || invoices.isEmpty()) {
                return;
            }
            double[][] contributions = arm.pay().contributions(invoices.stream().map(FeatureSchema::vector)
                    .toArray(float[][]::new));
            for (int i = 0; i < invoices.size(); i++) {
                payContributions.computeIfAbsent(invoices.get(i), k -> new java.util.EnumMap<>(DunningAction.class))
                        .put(action, contributions[i]);
            }
        });
    }

    /** From the payment model's feature contributions (SHAP values of the trees, both halves averaged). */
    @Override
    public List<String> drivers(InvoiceFeatures f, DunningAction action, int top) {
        ArmModels arm = arms.get(action);
        if (arm == null || arm.pay() == null) {
            return List.of();
        }
        Map<DunningAction, double[]> known = payContributions.get(f);
        if (known == null || !known.containsKey(action)) {
            prepareDrivers(Map.of(action, List.of(f)));
        }
        double[] contributions = payContributions.get(f).get(action);
        List<String> names = FeatureSchema.names();
        return java.util.stream.IntStream.range(0, names.size()).boxed()
                .sorted((a, b) -> Double.compare(Math.abs(contributions[b]), Math.abs(contributions[a])))
                .limit(top).map(names::get).toList();
    }

    /**
     * When nobody chases: the customer's on-time record and, for the rest, the learned chance that this
     * overdue invoice is paid when left alone; without a learned "none" arm, the customer's record less
     * what chasing added across the creditor.
     */
    @Override
    public double payShare(InvoiceFeatures f) {
        return payShare(f, predict(f, DunningAction.NONE));
    }

    private double payShare(InvoiceFeatures f, OutcomeProbabilities leftAlone) {
        ArmModels none = arms.get(DunningAction.NONE);
        if (none == null || none.pay() == null) {
            return fallback.unchasedPayShare(f);
        }
        return fallback.unchasedPayShare(f, leftAlone.pay());
    }

    @Override
    public int support(InvoiceFeatures f, DunningAction action) {
        return support == null ? Integer.MAX_VALUE : support.count(f, action);
    }

    /** The logged rows per action among similar invoices; null when not counted. */
    public LoggedSupport loggedSupport() {
        return support;
    }

    /** From the learned churn rate when nothing is done: an overdue customer's own outlook. */
    @Override
    public double remainingMonths(InvoiceFeatures f) {
        return remainingMonths(f, predict(f, DunningAction.NONE));
    }

    private double remainingMonths(InvoiceFeatures f, OutcomeProbabilities leftAlone) {
        ArmModels none = arms.get(DunningAction.NONE);
        if (none == null || none.churn() == null) {
            return fallback.remainingMonths(f);
        }
        double churn = leftAlone.churn();
        double monthlyRate = -Math.log(1 - Math.min(churn, 0.999)) / churnWindowMonths;
        return monthlyRate > 0 ? 1 / monthlyRate : Double.MAX_VALUE;
    }

    /** The model as one half of the cross-fitting sees it: out of fold for the other half's customers. */
    public OutcomeModel half(int h) {
        LearnedOutcomeModel whole = this;
        return new OutcomeModel() {
            @Override
            public OutcomeProbabilities predict(InvoiceFeatures f, DunningAction action) {
                return whole.predictions(f, action).get(h);
            }

            /** Both halves: their disagreement still measures the uncertainty of this half's prediction. */
            @Override
            public List<OutcomeProbabilities> predictions(InvoiceFeatures f, DunningAction action) {
                return whole.predictions(f, action);
            }

            @Override
            public void prepare(List<InvoiceFeatures> batch) {
                whole.prepare(batch);
            }

            /** From this half's own "none" prediction, so a customer's CLV is out of fold too. */
            @Override
            public double payShare(InvoiceFeatures f) {
                return whole.payShare(f, predict(f, DunningAction.NONE));
            }

            @Override
            public int support(InvoiceFeatures f, DunningAction action) {
                return whole.support(f, action);
            }

            @Override
            public double remainingMonths(InvoiceFeatures f) {
                return whole.remainingMonths(f, predict(f, DunningAction.NONE));
            }

            @Override
            public ModelProvenance provenance() {
                return whole.provenance();
            }
        };
    }

    /** The same models with more provenance parameters, e.g. what was chosen on top of them after training. */
    public LearnedOutcomeModel withParameters(Map<String, String> more) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(provenance.parameters());
        parameters.putAll(more);
        ModelProvenance p = provenance;
        return new LearnedOutcomeModel(arms, fallback, churnWindowMonths,
                new ModelProvenance(p.name(), p.version(), p.trainedFrom(), p.trainedUntil(), p.seed(), parameters), support);
    }

    /** The model that answers where the history is too thin to learn from (the history-rules baseline). */
    public OutcomeModel fallback() {
        return fallback;
    }

    public Map<DunningAction, ArmModels> arms() {
        return arms;
    }

    @Override
    public ModelProvenance provenance() {
        return provenance;
    }

    private static double[][] halves(CrossFittedModel model, float[][] rows) {
        return model == null ? null : model.predictHalves(rows);
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
