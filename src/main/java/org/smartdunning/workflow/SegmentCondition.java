package org.smartdunning.workflow;

import java.util.Set;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.Money;

/**
 * Which invoices a stage applies to. An empty set means any value; a null amount bound means no bound; the
 * amount bounds are inclusive.
 */
public record SegmentCondition(Set<CustomerType> types, Set<String> countries, Money minAmount, Money maxAmount,
                               Set<String> paymentMethods, Set<RiskBand> riskBands) {
    /** The condition every invoice meets. */
    public static final SegmentCondition ANY = new SegmentCondition(Set.of(), Set.of(), null, null, Set.of(), Set.of());

    public SegmentCondition {
        types = types == null ? Set.of() : Set.copyOf(types);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        paymentMethods = paymentMethods == null ? Set.of() : Set.copyOf(paymentMethods);
        riskBands = riskBands == null ? Set.of() : Set.copyOf(riskBands);
    }

    /** Whether the invoice is in the segment. */
    public boolean matches(SegmentFacts facts) {
        return in(types, facts.type()) && in(countries, facts.country())
                && (minAmount == null || facts.amount().compareTo(minAmount) >= 0)
                && (maxAmount == null || facts.amount().compareTo(maxAmount) <= 0)
                && in(paymentMethods, facts.paymentMethod())
                && (riskBands.isEmpty() || facts.risk() != null && riskBands.contains(facts.risk()));
    }

    /** Whether some invoice could be in both segments. */
    public boolean mayOverlap(SegmentCondition other) {
        Money low = max(minAmount, other.minAmount);
        Money high = min(maxAmount, other.maxAmount);
        return meet(types, other.types) && meet(countries, other.countries) && meet(paymentMethods, other.paymentMethods)
                && meet(riskBands, other.riskBands) && (low == null || high == null || low.compareTo(high) <= 0);
    }

    /** Whether every invoice in {@code other}'s segment is also in this one. */
    public boolean covers(SegmentCondition other) {
        return contains(types, other.types) && contains(countries, other.countries)
                && contains(paymentMethods, other.paymentMethods) && contains(riskBands, other.riskBands)
                && (minAmount == null || other.minAmount != null && other.minAmount.compareTo(minAmount) >= 0)
                && (maxAmount == null || other.maxAmount != null && other.maxAmount.compareTo(maxAmount) <= 0);
    }

    private static <T> boolean in(Set<T> allowed, T value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    private static <T> boolean meet(Set<T> a, Set<T> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static <T> boolean contains(Set<T> outer, Set<T> inner) {
        return outer.isEmpty() || !inner.isEmpty() && outer.containsAll(inner);
    }

    private static Money max(Money a, Money b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Money min(Money a, Money b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
