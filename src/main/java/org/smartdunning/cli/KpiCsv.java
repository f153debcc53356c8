package org.smartdunning.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartdunning.application.kpi.KpiReport;
import org.smartdunning.kpi.KpiRow;
import org.smartdunning.kpi.KpiValues;

/** The KPI report as CSV: one line per row, a column per KPI (snake_case), empty where nothing was measured. */
final class KpiCsv {
    private KpiCsv() {
    }

    static void write(PrintWriter out, KpiReport report) {
        RecordComponent[] kpis = KpiValues.class.getRecordComponents();
        List<String> header = new ArrayList<>(List.of("from", "to", "group", "currency"));
        for (RecordComponent c : kpis) {
            header.add(snake(c.getName()));
        }
        out.println(String.join(",", header));
        for (KpiRow row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.from().toString(), row.to().toString(), quoted(row.group()),
                    report.currency() == null ? "" : quoted(report.currency())));
            for (RecordComponent c : kpis) {
                Object value = value(c, row.values());
                // plain decimals: a spreadsheet reads 25997435.81, not 2.599743581E7
                cells.add(value == null ? "" : value instanceof Double d ? java.math.BigDecimal.valueOf(d).toPlainString()
                        : value.toString());
            }
            out.println(String.join(",", cells));
        }
    }

    private static Object value(RecordComponent component, KpiValues values) {
        try {
            return component.getAccessor().invoke(values);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** A group name may hold a comma (a policy version, an arm): quoted as RFC 4180 says. */
    static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
