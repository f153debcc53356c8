/**
 * The KPIs a credit manager steers by, computed from what happened in the creditor's store (never
 * from a synthetic world's truth): the definitions are in {@link org.smartdunning.kpi.KpiCalculator}.
 * Domain code: no I/O, no frameworks.
 */
package org.smartdunning.kpi;
