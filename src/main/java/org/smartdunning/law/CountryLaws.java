package org.smartdunning.law;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The country rule packs known to the engine, each in the versions it has had over time. */
public final class CountryLaws {
    private final Map<String, NavigableMap<LocalDate, CountryLaw>> byCountry = new TreeMap<>();

    /** Any number of versions per country; two versions of a country may not start on the same day. */
    public CountryLaws(Collection<CountryLaw> laws) {
        for (CountryLaw law : laws) {
            CountryLaw clash = byCountry.computeIfAbsent(law.country(), c -> new TreeMap<>()).putIfAbsent(law.validFrom(), law);
            if (clash != null) {
                throw new IllegalArgumentException("two " + law.country() + " rule packs valid from " + law.validFrom());
            }
        }
    }

    /** The newest rule pack of the country, if the country is known. */
    public Optional<CountryLaw> of(String country) {
        NavigableMap<LocalDate, CountryLaw> versions = byCountry.get(country);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    /** The rule pack in force in the country on that day; empty for an unknown country or a day before the first. */
    public Optional<CountryLaw> on(String country, LocalDate day) {
        NavigableMap<LocalDate, CountryLaw> versions = byCountry.get(country);
        return Optional.ofNullable(versions == null ? null : versions.floorEntry(day)).map(Map.Entry::getValue);
    }

    /** Every version of the country's rule pack, oldest first. */
    public List<CountryLaw> versions(String country) {
        NavigableMap<LocalDate, CountryLaw> versions = byCountry.get(country);
        return versions == null ? List.of() : List.copyOf(versions.values());
    }

    /** The countries known, in alphabetical order. */
    public Set<String> countries() {
        return java.util.Collections.unmodifiableSet(byCountry.keySet());
    }
}
