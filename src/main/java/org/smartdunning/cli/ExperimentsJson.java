package org.smartdunning.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.smartdunning.application.experiments.ExperimentsReport;

/** The experiments' report as JSON, field for field what {@code GET /v1/experiments} answers (snake_case). */
final class ExperimentsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    private ExperimentsJson() {
    }

    static void write(PrintWriter out, ExperimentsReport report) {
        try {
            out.println(MAPPER.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the experiments' report as JSON", e);
        }
    }
}
