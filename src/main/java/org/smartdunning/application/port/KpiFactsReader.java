package org.smartdunning.application.port;

import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.kpi.KpiFacts;

/** Port: the facts the KPIs and the experiments' analysis are computed from, read from the creditor's store. */
public interface KpiFactsReader {
    /** The latest day the store holds a fact of (invoice issued, payment, dunning event, inquiry, stage run). */
    Optional<LocalDate> knownThrough();

    /**
     * All customers; the invoices issued by {@code to} with their payments dated by {@code paymentsThrough}
     * (later than {@code to}, so an invoice's horizon can be judged); the dunning events (with experiment, arm
     * and propensity), inquiries, decisions and acting stage runs dated by {@code to}.
     */
    KpiFacts read(LocalDate to, LocalDate paymentsThrough);

    /**
     * A version of the facts that changes with every write that may change them (an import, a billing event, a day
     * run's commit, a decide run): what a kept report is checked against. Cheap: a few index lookups.
     */
    String version();
}
