package org.smartdunning.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;

/**
 * The policy the product decides with while it learns from its own decisions: the expected-value
 * policy on the {@link DecidingModel} (the learned models once no action is thin, the history-rules
 * baseline until then), with the thin actions tried by {@link ColdStartExploration} on the
 * invoices where they cost least. Once no action is thin it is the expected-value policy alone.
 */
public final class LearningPolicy implements Policy {
    private final ExpectedValuePolicy policy;
    private final DecidingModel deciding;
    private final ColdStartExploration coldStart;
    private final BusinessSettings settings;
    private final ModelProvenance provenance;

    public LearningPolicy(DecidingModel deciding, BusinessSettings settings, Exploration exploration,
                          ReferencePolicy reference, ColdStartExploration coldStart) {
        this.deciding = deciding;
        this.coldStart = coldStart;
        this.settings = settings;
        this.policy = new ExpectedValuePolicy(deciding.model(), settings, exploration,
                deciding.learned() ? reference : ReferencePolicy.UNCONSTRAINED);
        Map<String, String> parameters = new LinkedHashMap<>(policy.provenance().parameters());
        parameters.put("thin_actions", deciding.thinKeys());
        parameters.put("cold_start_share", String.valueOf(coldStart.share()));
        parameters.put("cold_start_min_logged", String.valueOf(coldStart.minLogged()));
        ModelProvenance p = policy.provenance();
        this.provenance = new ModelProvenance(p.name(), p.version(), p.trainedFrom(), p.trainedUntil(), p.seed(), parameters);
    }

    @Override
    public Decision decide(InvoiceFeatures features) {
        return decideAll(List.of(features)).get(0);
    }

    @Override
    public List<Decision> decideAll(List<InvoiceFeatures> batch) {
        return decideAll(batch, AllowedActions::of);
    }

    /** Decides among the actions {@code allowed} gives per invoice, as {@link ExpectedValuePolicy} does. */
    public List<Decision> decideAll(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Decision> decided = policy.decideAll(batch, allowed).stream().map(this::withProvenance).toList();
        return deciding.thin().isEmpty() ? decided
                : coldStart.apply(batch, decided, deciding.thin(), deciding.rules(), settings, allowed);
    }

    /**
     * What trying the thin actions costs on each of {@code part}'s invoices, for a cold-start draw over the
     * whole batch ({@link ColdStartExploration#draws(List, Set, java.time.LocalDate)}); empty when no action
     * is thin.
     */
    public List<ColdStartExploration.Trial> trials(List<InvoiceFeatures> part) {
        return deciding.thin().isEmpty() ? List.of()
                : coldStart.trials(part, deciding.rules(), settings, AllowedActions::of);
    }

    /**
     * This policy with the cold start's draw made over the whole batch beforehand (per invoice id; an
     * invoice outside every pool is absent): it decides any part of the batch as {@link #decideAll} decides
     * those invoices within the whole.
     */
    public Policy drawn(Map<String, ColdStartExploration.Draw> draws) {
        Map<String, ColdStartExploration.Draw> drawn = Map.copyOf(draws);
        return new Policy() {
            @Override
            public Decision decide(InvoiceFeatures features) {
                return decideAll(List.of(features)).get(0);
            }

            @Override
            public List<Decision> decideAll(List<InvoiceFeatures> batch) {
                if (batch.isEmpty()) {
                    return List.of();
                }
                return policy.decideAll(batch, AllowedActions::of).stream().map(LearningPolicy.this::withProvenance)
                        .map(d -> drawn.containsKey(d.invoiceId().value())
                                ? coldStart.drawn(d, drawn.get(d.invoiceId().value()), deciding.thin().size()) : d)
                        .toList();
            }

            @Override
            public ModelProvenance provenance() {
                return provenance;
            }
        };
    }

    /** The model the policy decides with (its outcome predictions back the workflow's checks). */
    public OutcomeModel model() {
        return deciding.model();
    }

    public DecidingModel deciding() {
        return deciding;
    }

    @Override
    public ModelProvenance provenance() {
        return provenance;
    }

    private Decision withProvenance(Decision d) {
        return new Decision(d.invoiceId(), d.decideOn(), d.action(), d.propensity(), d.clv(), d.candidates(), d.reason(),
                provenance);
    }
}
