package org.smartdunning.kpi;

import java.util.Locale;

/** What the KPI rows may be split by besides the month; each names the group of invoices without one. */
public enum KpiDimension {
    /** The customer's type: private or business. */
    SEGMENT("(none)"),
    /** The latest workflow stage that acted on the invoice. */
    STAGE("(no stage)"),
    /** The policy and version of the invoice's latest decision. */
    POLICY("(no decision)"),
    /** The experiment and arm of the invoice's latest randomised dunning event. */
    ARM("(no experiment)");

    private final String noGroup;

    KpiDimension(String noGroup) {
        this.noGroup = noGroup;
    }

    /** The group of an invoice (or customer) this dimension says nothing about. */
    public String noGroup() {
        return noGroup;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
