package org.smartdunning.world;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.Money;

/** Draws the observable customers.csv row of a new customer; traits then follow from it ({@link TraitModel}). */
final class CustomerFactory {
    private static final String[] PLANS = {"Mini", "Medium", "Max", "Family"};
    private static final int[] PLAN_FEES = {199, 299, 449, 599};
    private static final double[] PLAN_WEIGHTS = {0.30, 0.35, 0.20, 0.15};

    private final WorldParameters world;
    private final RandomGenerator random;
    private final TraitModel traits;
    private final LocalDate asOf;

    CustomerFactory(WorldParameters world, RandomGenerator random, LocalDate asOf) {
        this.world = world;
        this.random = random;
        this.asOf = asOf;
        this.traits = new TraitModel(world, random);
    }

    SimulatedCustomer next(CustomerId id, LocalDate createdOn) {
        boolean business = random.nextDouble() < 0.15;
        String country = pick(new String[] {"SE", "NO", "DE"}, new double[] {0.6, 0.25, 0.15});
        double l = random.nextDouble();
        String language = l < 0.04 ? "" : l < 0.12 ? "en" : switch (country) {
            case "SE" -> "sv";
            case "NO" -> "nb";
            default -> "de";
        };
        Integer birthYear = null;
        int age = 0;
        if (!business) {
            // skewed towards younger adults, as a telecom base is
            age = 18 + (int) (67 * Math.pow(random.nextDouble(), 1.3));
            birthYear = random.nextDouble() < 0.02 ? null : asOf.getYear() - age;
        }
        String method = business
                ? pick(new String[] {"e_invoice", "bank_transfer", "direct_debit", "paper"}, new double[] {0.4, 0.45, 0.1, 0.05})
                : age > 65
                ? pick(new String[] {"direct_debit", "e_invoice", "card", "paper", "bank_transfer", ""}, new double[] {0.3, 0.15, 0.05, 0.35, 0.12, 0.03})
                : pick(new String[] {"direct_debit", "e_invoice", "card", "paper", "bank_transfer", ""}, new double[] {0.35, 0.27, 0.18, 0.08, 0.09, 0.03});
        String serial = id.value().substring(1);
        boolean hasEmail = random.nextDouble() < (business ? 0.97 : world.emailShare() - (age > 70 ? 0.15 : 0));
        boolean hasPhone = random.nextDouble() < (business ? 0.35 : world.phoneShare());
        String email = hasEmail ? "c" + serial + (business ? "@firma.example" : "@mail.example") : "";
        String phone = hasPhone ? phone(country) : "";
        String plan = "";
        Money fee = null;
        double deliveryAmount = 0;
        if (business && random.nextDouble() < 0.2) {
            // billed per delivery: irregular, bigger invoices and no monthly fee
            deliveryAmount = 1500 * Math.exp(0.6 * random.nextGaussian());
        } else if (business) {
            boolean plus = random.nextDouble() < 0.5;
            plan = plus ? "Business Plus" : "Business";
            fee = new Money(plus ? 59900 : 44900);
        } else {
            int p = pickIndex(PLAN_WEIGHTS);
            plan = PLANS[p];
            fee = new Money(PLAN_FEES[p] * 100L);
        }
        Customer profile = new Customer(id, createdOn, null, business ? CustomerType.BUSINESS : CustomerType.PRIVATE,
                country, language, random.nextDouble() < 0.03 ? "" : postalCode(country), birthYear,
                method, email, phone, plan, fee);
        boolean inExperiment = random.nextDouble() < world.experimentShare();
        return new SimulatedCustomer(profile, traits.of(profile, age), deliveryAmount, inExperiment);
    }

    private String phone(String country) {
        // prefixes whose numbers with the 7 digits drawn are valid mobile numbers (the import checks them)
        String prefix = switch (country) {
            case "SE" -> "+4670";
            case "NO" -> "+479";
            default -> "+491511";
        };
        return prefix + (1_000_000 + random.nextInt(9_000_000));
    }

    private String postalCode(String country) {
        return switch (country) {
            case "SE" -> (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90));
            case "NO" -> String.valueOf(1000 + random.nextInt(9000));
            default -> String.valueOf(10000 + random.nextInt(90000));
        };
    }

    private String pick(String[] values, double[] weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
