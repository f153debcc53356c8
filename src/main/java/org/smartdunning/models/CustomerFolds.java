package org.smartdunning.models;

import java.util.SplittableRandom;
import org.smartdunning.history.CustomerId;

/** Splits customers into the two halves of the cross-fitting: stable for a seed, whole customers only. */
public final class CustomerFolds {
    private CustomerFolds() {
    }

    public static int of(CustomerId customer, long seed) {
        return new SplittableRandom(seed * 31 + customer.value().hashCode()).nextInt(2);
    }
}
