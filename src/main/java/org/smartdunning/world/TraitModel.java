package org.smartdunning.world;

import java.util.random.RandomGenerator;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerType;

/**
 * Hidden traits drawn around what the creditor can see, so a model can learn them from history:
 * payment method drives forgetfulness and ability, age the channel a customer answers, fee and
 * age the churn hazard and friction sensitivity.
 */
final class TraitModel {
    private final WorldParameters world;
    private final RandomGenerator random;

    TraitModel(WorldParameters world, RandomGenerator random) {
        this.world = world;
        this.random = random;
    }

    /** @param age 0 for a business */
    HiddenTraits of(Customer c, int age) {
        boolean business = c.type() == CustomerType.BUSINESS;
        String method = c.paymentMethod();
        double methodAbility = switch (method) {
            case "direct_debit" -> 0.8;
            case "e_invoice" -> 0.3;
            case "card" -> 0.2;
            case "paper" -> -0.6;
            case "bank_transfer" -> -0.4;
            default -> 0;
        };
        boolean young = !business && age < 30;
        boolean old = !business && age >= 60;
        // strugglers: a minority whose ability to pay is low most months; more common among the young
        double strugglerShare = Math.min(0.9, world.strugglerShare() * (young ? 1.6 : 1) * (methodAbility < 0 ? 1.8 : 1));
        double abilityMean = random.nextDouble() < strugglerShare
                ? 0.6 + 0.6 * random.nextGaussian()
                : 4.2 + 0.7 * random.nextGaussian() + methodAbility + (business ? 0.3 : 0);
        double forget = switch (method) {
            case "direct_debit" -> 0.02;
            case "card" -> 0.06;
            case "e_invoice" -> 0.1;
            case "bank_transfer" -> 0.2;
            case "paper" -> 0.24;
            default -> 0.14;
        } * Math.exp(0.4 * random.nextGaussian()) * (young ? 1.4 : 1);
        double sms;
        double email;
        double letter;
        if (business) {
            sms = 0.25;
            email = 0.55;
            letter = 0.35;
        } else if (age < 35) {
            sms = 0.6;
            email = 0.35;
            letter = 0.2;
        } else if (age < 60) {
            sms = 0.45;
            email = 0.4;
            letter = 0.35;
        } else {
            sms = 0.2;
            email = 0.2;
            letter = 0.55;
        }
        double fee = c.monthlyFee() == null ? 450 : c.monthlyFee().toDouble();
        double hazard = (business ? 0.008 : 0.012 * (young ? 1.8 : old ? 0.7 : 1.0))
                * (fee < 250 ? 1.3 : fee > 500 ? 0.8 : 1.0) * Math.exp(0.3 * random.nextGaussian()) * world.hazardScale();
        // log-normal with mean about 1: many customers barely care, a few leave at the first push;
        // capped so that nobody is certain to leave
        double sensitivity = world.frictionSensitivity() * (young ? 1.25 : old ? 0.8 : 1.0) * (fee < 250 ? 1.15 : 0.95)
                * Math.min(10, Math.exp(random.nextGaussian() - 0.47));
        double inquiry = 0.04 * Math.exp(0.5 * random.nextGaussian()) * (business ? 1.5 : 1) * (old ? 1.3 : 1);
        return new HiddenTraits(abilityMean, Math.min(0.6, forget),
                response(sms * world.smsResponse()), response(email * world.emailResponse()),
                response(letter * world.letterResponse()), hazard, sensitivity, inquiry);
    }

    private double response(double mean) {
        return Math.min(0.95, mean * (0.7 + 0.6 * random.nextDouble()));
    }
}
