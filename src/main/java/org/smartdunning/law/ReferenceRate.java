package org.smartdunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory reference rate as published: the base that late-payment interest adds its margin to.
 *
 * @param country       ISO 3166-1 code
 * @param effectiveFrom first day the rate applies; it applies until the country's next rate
 * @param ratePercent   the rate in percent per year, e.g. {@code 2.27}
 * @param source        who set it, e.g. "Deutsche Bundesbank, Basiszinssatz (BGB § 247)"
 */
public record ReferenceRate(String country, LocalDate effectiveFrom, BigDecimal ratePercent, String source) {
    public ReferenceRate {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(source, "source");
    }
}
