package org.smartdunning.world;

import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;

/**
 * The world's closed-form consequences of an action on an invoice unpaid 14 days after due,
 * given the customer's hidden traits and state. History samples from exactly these
 * probabilities, so the truth is the exact expectation.
 */
public final class TrueOutcomes {
    /** Field fact: a reminder after the due date doubles the churn hazard (for sensitivity 1). */
    public static final double REMINDER_CHURN_FACTOR = 2;
    /** Field fact: collection multiplies the churn hazard by five (for sensitivity 1). */
    public static final double COLLECTION_CHURN_FACTOR = 5;
    /** Once able again, the monthly chance an unable customer clears an old invoice by itself. */
    private static final double UNABLE_CLEARING = 0.35;
    /** A reminder works far less on a customer who cannot pay. */
    private static final double UNABLE_REMINDER_EFFECT = 0.35;

    private final WorldParameters world;
    private final BusinessSettings settings;

    public TrueOutcomes(WorldParameters world) {
        this.world = world;
        this.settings = world.business();
    }

    public OutcomeProbabilities of(DunningAction action, HiddenTraits t, DecisionState s) {
        return new OutcomeProbabilities(pay(action, t, s), churn(action, t, s), inquiry(action, t));
    }

    /** P(paid within horizon.days of the due date | action). */
    public double pay(DunningAction action, HiddenTraits t, DecisionState s) {
        double none = payWithoutAction(t, s);
        double lift = switch (action) {
            case NONE -> 0;
            case SMS, EMAIL, LETTER -> t.responsiveness(action) * (s.able() ? 1 : UNABLE_REMINDER_EFFECT);
            case COLLECTION -> s.able() ? world.agencyEffectAble() : world.agencyEffectUnable();
        };
        return none + (1 - none) * lift;
    }

    /** Able customers who forgot mostly pay anyway; unable ones only if their ability recovers in time. */
    double payWithoutAction(HiddenTraits t, DecisionState s) {
        if (s.able()) {
            return 0.985 - 0.5 * t.forgetfulness();
        }
        int months = Math.max(1, (int) Math.round((settings.horizonDays() - 14) / 30.0));
        double stillUnpaid = 1;
        double drift = 1;
        for (int h = 1; h <= months; h++) {
            drift *= HiddenTraits.PERSISTENCE;
            double expectedAbility = t.abilityMean() + drift * (s.ability() - t.abilityMean());
            stillUnpaid *= 1 - UNABLE_CLEARING * HiddenTraits.sigmoid(expectedAbility);
        }
        return 1 - stillUnpaid;
    }

    /** P(churn within churn.window_months | action) = 1 - exp(-hazard * window * multiplier). */
    public double churn(DunningAction action, HiddenTraits t, DecisionState s) {
        double hazard = t.baseHazard() * (s.able() ? 1 : 1.5);
        return 1 - Math.exp(-hazard * settings.churnWindowMonths() * churnMultiplier(action, t));
    }

    /** How much the action multiplies the churn hazard; a letter carries a fee, hence a little more. */
    public static double churnMultiplier(DunningAction action, HiddenTraits t) {
        double s = t.frictionSensitivity();
        return switch (action) {
            case NONE -> 1;
            case SMS, EMAIL -> 1 + s * (REMINDER_CHURN_FACTOR - 1);
            case LETTER -> 1 + 1.2 * s * (REMINDER_CHURN_FACTOR - 1);
            case COLLECTION -> 1 + s * (COLLECTION_CHURN_FACTOR - 1);
        };
    }

    /** P(invoice inquiry | action): friction (a fee, an agency) makes customers call. */
    public double inquiry(DunningAction action, HiddenTraits t) {
        double friction = switch (action) {
            case NONE -> 0.3;
            case SMS -> 0.8;
            case EMAIL -> 0.7;
            case LETTER -> 2.0;
            case COLLECTION -> 3.5;
        };
        return Math.min(0.9, t.inquiryPropensity() * friction);
    }

    /** The long-run share of invoices the customer pays when nobody chases it. */
    public double payShare(HiddenTraits t) {
        double sd = HiddenTraits.stationarySd();
        double ableShare = HiddenTraits.sigmoid(t.abilityMean() / Math.sqrt(1 + Math.PI * sd * sd / 8));
        double paidWhenAble = 1 - t.forgetfulness() * (1 - payWithoutAction(t, new DecisionState(true, 0)));
        double paidWhenUnable = payWithoutAction(t, new DecisionState(false, t.abilityMean() - sd));
        return ableShare * paidWhenAble + (1 - ableShare) * paidWhenUnable;
    }

    /** Expected remaining months as a customer under the base hazard. */
    public double remainingMonths(HiddenTraits t) {
        return 1 / t.baseHazard();
    }
}
