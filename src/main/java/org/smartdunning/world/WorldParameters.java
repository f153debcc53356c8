package org.smartdunning.world;

import java.util.Objects;
import org.smartdunning.economics.BusinessSettings;

/**
 * The knobs of one synthetic world: its economics, how reachable its customers are, how they
 * respond to each channel and to collection, and how sensitive they are to friction.
 *
 * @param emailShare          share of private customers with a known e-mail address
 * @param phoneShare          share of private customers with a known mobile number
 * @param smsResponse         multiplier on every customer's SMS responsiveness
 * @param emailResponse       multiplier on every customer's e-mail responsiveness
 * @param letterResponse      multiplier on every customer's letter responsiveness
 * @param agencyEffectAble    chance collection makes an able customer pay who would not have paid
 * @param agencyEffectUnable  chance collection makes a currently unable customer pay anyway
 * @param frictionSensitivity mean of the per-customer churn sensitivity to friction (1 = field facts)
 * @param hazardScale         multiplier on the monthly base churn hazard
 * @param strugglerShare      share of customers whose mean ability to pay is low
 * @param experimentShare     share of customers in the randomised experiment of the last 12 months
 */
public record WorldParameters(String name, BusinessSettings business,
                              double emailShare, double phoneShare,
                              double smsResponse, double emailResponse, double letterResponse,
                              double agencyEffectAble, double agencyEffectUnable,
                              double frictionSensitivity, double hazardScale,
                              double strugglerShare, double experimentShare) {

    /** Name of the experiment written to dunning_events.csv. */
    public static final String EXPERIMENT = "arm-test-2025";

    public WorldParameters {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(business, "business");
        requireShare("emailShare", emailShare);
        requireShare("phoneShare", phoneShare);
        requireShare("agencyEffectAble", agencyEffectAble);
        requireShare("agencyEffectUnable", agencyEffectUnable);
        requireShare("strugglerShare", strugglerShare);
        requireShare("experimentShare", experimentShare);
    }

    /** The same world with another share of customers in the experiment: to see how large an experiment must be. */
    public WorldParameters withExperimentShare(double share) {
        return new WorldParameters(name, business, emailShare, phoneShare, smsResponse, emailResponse, letterResponse,
                agencyEffectAble, agencyEffectUnable, frictionSensitivity, hazardScale, strugglerShare, share);
    }

    private static void requireShare(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be within [0, 1], was " + v);
        }
    }
}
