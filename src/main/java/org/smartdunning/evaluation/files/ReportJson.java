package org.smartdunning.evaluation.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.smartdunning.evaluation.EvaluationReport;

/** Writes an {@link EvaluationReport} as JSON with the same figures as the table. */
public final class ReportJson {
    private ReportJson() {
    }

    public static void write(Path file, EvaluationReport report) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    }
}
