package org.smartdunning.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.smartdunning.application.kpi.KpiReport;

/** The KPI report as JSON: the record tree as it is, days as ISO dates, null where nothing was measured. */
final class KpiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    private KpiJson() {
    }

    static void write(PrintWriter out, KpiReport report) {
        try {
            out.println(MAPPER.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the KPI report as JSON", e);
        }
    }
}
