package org.smartdunning.kpi;

import java.time.LocalDate;

/** The KPIs of one group of invoices over one period ({@code from}..{@code to}, both included). */
public record KpiRow(LocalDate from, LocalDate to, String group, KpiValues values) {
}
