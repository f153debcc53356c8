package org.smartdunning.application.experiments;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.smartdunning.application.port.KpiFactsReader;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.analysis.ExperimentAnalysis;
import org.smartdunning.experiments.analysis.ObservedArms;
import org.smartdunning.experiments.analysis.SampleSize;
import org.smartdunning.history.Invoice;
import org.smartdunning.kpi.KpiFacts;

/** Analyses the creditor's randomised experiments from what its store says happened. */
public final class AnalyseExperiments {
    /** The default differences the sample size is worked out for: 10 per invoice in value, 2 points of paid share. */
    public static final double DEFAULT_VALUE_DIFFERENCE = 10;
    public static final double DEFAULT_PAID_DIFFERENCE = 0.02;
    static final String ESTIMATOR = "per arm, the Hájek inverse-propensity-weighted mean (Σ y/p ÷ Σ 1/p over the arm's"
            + " closed invoices) with a linearised standard error; differences arm less control with the two variances"
            + " added; 95% normal intervals for one look. Sequential: an asymptotic always-valid 95% confidence sequence"
            + " (normal mixture) on augmented inverse-propensity pseudo-outcomes, valid at every look";

    private final KpiFactsReader reader;
    private final BusinessSettings settings;
    private final ReportCache reports;

    public AnalyseExperiments(KpiFactsReader reader, BusinessSettings settings) {
        this(reader, settings, ReportCache.NONE);
    }

    /** @param reports keeps reports until the facts change (the service's pages and API ask again and again) */
    public AnalyseExperiments(KpiFactsReader reader, BusinessSettings settings, ReportCache reports) {
        this.reader = reader;
        this.settings = settings;
        this.reports = reports;
    }

    /**
     * @param asOf            the analysis day (facts dated before it count), or null for the day after the latest fact
     * @param control         the arm to compare with, where an experiment has one of that name; null for the default
     * @param valueDifference the difference in value per invoice the sample size is for
     * @param paidDifference  the difference in paid share the sample size is for
     * @throws IllegalArgumentException when no day is given and the store holds no facts, or a difference is not above 0
     */
    public ExperimentsReport analyse(LocalDate asOf, String control, double valueDifference, double paidDifference) {
        SampleSize.requireDetectable(valueDifference, paidDifference);
        String version = reports == ReportCache.NONE ? "" : reader.version();
        return reports.get(key(asOf, control, valueDifference, paidDifference), version,
                () -> analyseNow(reader, asOf, control, valueDifference, paidDifference));
    }

    /**
     * The last complete analysis, at once (pages and the API): when a write moved the facts since, a newer one is
     * worked out apart and the answer says so. Only the very first ask waits for the figures.
     *
     * @throws IllegalArgumentException as {@link #analyse} does, when nothing is kept yet
     */
    public ReportCache.Stamped<ExperimentsReport> latest(LocalDate asOf, String control, double valueDifference,
                                                         double paidDifference) {
        SampleSize.requireDetectable(valueDifference, paidDifference);
        return reports.latest(key(asOf, control, valueDifference, paidDifference), reader,
                facts -> analyseNow(facts, asOf, control, valueDifference, paidDifference));
    }

    private String key(LocalDate asOf, String control, double valueDifference, double paidDifference) {
        return "experiments " + asOf + " " + control + " " + valueDifference + " " + paidDifference + " " + settings;
    }

    private ExperimentsReport analyseNow(KpiFactsReader reader, LocalDate asOf, String control, double valueDifference,
                                         double paidDifference) {
        LocalDate day = asOf != null ? asOf : reader.knownThrough().map(d -> d.plusDays(1)).orElseThrow(() ->
                new IllegalArgumentException("the store holds no history for this creditor yet: import a data folder"
                        + " first, or give --as-of"));
        KpiFacts facts = reader.read(day.minusDays(1), day.minusDays(1));
        ObservedArms observed = ObservedArms.of(facts.history(), settings, day);
        String currency = facts.history().invoices().stream().map(Invoice::currency).distinct().sorted()
                .collect(Collectors.joining(","));
        return new ExperimentsReport(day, currency.isEmpty() ? null : currency, settings.horizonDays(),
                settings.churnWindowMonths(), ESTIMATOR, ExperimentAnalysis.of(observed, control),
                SampleSize.of(observed.dunned(), valueDifference, paidDifference));
    }
}
