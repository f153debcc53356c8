package org.smartdunning.world;

import java.util.random.RandomGenerator;
import org.smartdunning.history.DunningAction;

/**
 * What the world knows about a customer and the creditor never sees. Ability to pay is a latent
 * AR(1) process in logit space: z' = mean + persistence*(z - mean) + noise*N(0,1).
 *
 * @param abilityMean         long-run mean of the ability logit
 * @param forgetfulness       probability of missing the due date while able to pay
 * @param smsResponse         chance an SMS reminder makes an able customer pay who otherwise would not
 * @param emailResponse       same for an e-mail reminder
 * @param letterResponse      same for a letter
 * @param baseHazard          monthly churn hazard without any dunning friction
 * @param frictionSensitivity how strongly dunning friction raises the churn hazard (1 = field facts)
 * @param inquiryPropensity   tendency to call customer service about an invoice
 */
public record HiddenTraits(double abilityMean, double forgetfulness,
                           double smsResponse, double emailResponse, double letterResponse,
                           double baseHazard, double frictionSensitivity, double inquiryPropensity) {

    /** Month-to-month persistence of the ability logit. */
    public static final double PERSISTENCE = 0.7;
    /** Standard deviation of the monthly ability innovation. */
    public static final double NOISE = 0.9;

    /** Next month's ability logit. */
    public double nextAbility(double z, RandomGenerator random) {
        return abilityMean + PERSISTENCE * (z - abilityMean) + NOISE * random.nextGaussian();
    }

    /** A draw from the stationary distribution of the ability logit, for the first month. */
    public double stationaryAbility(RandomGenerator random) {
        return abilityMean + stationarySd() * random.nextGaussian();
    }

    /** Standard deviation of the ability logit in the long run. */
    public static double stationarySd() {
        return NOISE / Math.sqrt(1 - PERSISTENCE * PERSISTENCE);
    }

    /** Responsiveness to a reminder on the action's channel; zero for actions that are not reminders. */
    public double responsiveness(DunningAction action) {
        return switch (action) {
            case SMS -> smsResponse;
            case EMAIL -> emailResponse;
            case LETTER -> letterResponse;
            default -> 0;
        };
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
