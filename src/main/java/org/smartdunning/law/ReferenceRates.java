package org.smartdunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference rates of every country over time. A rate applies from its date until the country's next one;
 * the last one only to the end of its calendar half-year, because all three countries set the rate per
 * half-year and a stale rate must not be used silently once a new one is due.
 */
public final class ReferenceRates {
    private final Map<String, NavigableMap<LocalDate, ReferenceRate>> byCountry = new TreeMap<>();

    /** The rates given; two rates of a country may not start on the same day. */
    public ReferenceRates(Collection<ReferenceRate> rates) {
        for (ReferenceRate rate : rates) {
            ReferenceRate clash = byCountry.computeIfAbsent(rate.country(), c -> new TreeMap<>())
                    .putIfAbsent(rate.effectiveFrom(), rate);
            if (clash != null) {
                throw new IllegalArgumentException("two " + rate.country() + " reference rates from " + rate.effectiveFrom());
            }
        }
    }

    /** These rates with {@code newer} added; a newer rate for the same country and day replaces the old one. */
    public ReferenceRates overriddenBy(Collection<ReferenceRate> newer) {
        Map<String, ReferenceRate> merged = new TreeMap<>();
        for (ReferenceRate rate : all()) {
            merged.put(rate.country() + rate.effectiveFrom(), rate);
        }
        for (ReferenceRate rate : newer) {
            merged.put(rate.country() + rate.effectiveFrom(), rate);
        }
        return new ReferenceRates(merged.values());
    }

    /** The reference rate in percent on that day; throws {@link ReferenceRateMissingException} if none is known. */
    public BigDecimal ratePercentOn(String country, LocalDate day) {
        return rateOn(country, day).ratePercent();
    }

    /** The published rate that applies on that day; throws {@link ReferenceRateMissingException} if none is known. */
    public ReferenceRate rateOn(String country, LocalDate day) {
        NavigableMap<LocalDate, ReferenceRate> rates = byCountry.get(country);
        if (rates == null) {
            throw new ReferenceRateMissingException("no reference rates known for " + country + "; known: " + countries());
        }
        Map.Entry<LocalDate, ReferenceRate> entry = rates.floorEntry(day);
        if (entry == null) {
            throw new ReferenceRateMissingException("no " + country + " reference rate known for " + day
                    + ": the earliest is from " + rates.firstKey());
        }
        LocalDate through = knownThrough(country);
        if (day.isAfter(through)) {
            ReferenceRate last = entry.getValue();
            throw new ReferenceRateMissingException("no " + country + " reference rate known for " + day + ": the latest, "
                    + last.ratePercent().toPlainString() + "% from " + last.effectiveFrom() + ", covers up to " + through
                    + "; add the rate from " + through.plusDays(1) + " to reference-rates.csv or pass a rates file that has it");
        }
        return entry.getValue();
    }

    /** The last day a rate is known for in the country: the end of the half-year its latest rate starts in. */
    public LocalDate knownThrough(String country) {
        NavigableMap<LocalDate, ReferenceRate> rates = byCountry.get(country);
        if (rates == null) {
            throw new ReferenceRateMissingException("no reference rates known for " + country + "; known: " + countries());
        }
        LocalDate last = rates.lastKey();
        return last.getMonthValue() <= 6 ? LocalDate.of(last.getYear(), 6, 30) : LocalDate.of(last.getYear(), 12, 31);
    }

    /** Countries with at least one rate, alphabetically. */
    public Set<String> countries() {
        return Collections.unmodifiableSet(byCountry.keySet());
    }

    /** Every rate, by country and date. */
    public List<ReferenceRate> all() {
        List<ReferenceRate> all = new ArrayList<>();
        byCountry.values().forEach(rates -> all.addAll(rates.values()));
        return all;
    }
}
