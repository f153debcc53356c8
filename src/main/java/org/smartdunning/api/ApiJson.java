package org.smartdunning.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.ingest.events.FieldProblem;

/** JSON in and out: snake_case names, exact decimals, and bodies read with the position of any fault. */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ApiJson() {
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a response", e);
        }
    }

    /**
     * A kept report's fields, then what it rests on: {@code computed_at} (when it was worked out), {@code
     * facts_version} (the facts' version it was worked out on) and {@code refreshing} (the facts have moved since,
     * a newer report is being worked out). The report is written as it is alone (same numbers, same text).
     */
    record Stamped(@com.fasterxml.jackson.annotation.JsonUnwrapped Object report, java.time.Instant computedAt,
                   String factsVersion, boolean refreshing) {
    }

    static Stamped stamped(org.smartdunning.application.port.ReportCache.Stamped<?> kept) {
        return new Stamped(kept.report(), kept.computedAt(), kept.factsVersion(), kept.refreshing());
    }

    /** The body as a JSON object; 400 naming line and column when it is not JSON, 422 when not an object. */
    static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("body", "a JSON object is required");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiProblem.badRequest("body", "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiProblem.invalid("body", "must be a JSON object, not " + node.getNodeType().toString().toLowerCase());
        }
        return object;
    }

    /** A text field: a JSON string, or a number written exactly; empty when absent or null. */
    static String text(ObjectNode node, String field, String prefix, List<FieldProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString();
        }
        problems.add(new FieldProblem(prefix + field, "must be a string, not " + value.getNodeType().toString()
                .toLowerCase()));
        return null;
    }

    /** A day ({@code YYYY-MM-DD}) named {@code field}; null when absent or wrong (the problem noted). */
    static java.time.LocalDate day(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return org.smartdunning.ingest.FieldRules.date(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    /** Every field of a flat object as text (the event's {@code data}). */
    static Map<String, String> fields(ObjectNode node, String prefix, List<FieldProblem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> fields.put(name, text(node, name, prefix, problems)));
        return fields;
    }
}
