package org.smartdunning.webhooks;

import java.math.BigDecimal;
import java.util.Map;

/** Writes the small JSON objects of a webhook body; the domain has no JSON library, and needs only this. */
final class WebhookJson {
    private final StringBuilder out = new StringBuilder(256);
    private boolean first = true;

    WebhookJson object() {
        out.append('{');
        first = true;
        return this;
    }

    WebhookJson end() {
        out.append('}');
        first = false;
        return this;
    }

    WebhookJson field(String name, Object value) {
        name(name);
        value(value);
        return this;
    }

    WebhookJson fieldObject(String name, Map<String, Object> fields) {
        name(name);
        object();
        fields.forEach(this::field);
        return end();
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(name);
        out.append(':');
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double d) {
            out.append(Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : "null");
        } else if (value instanceof Float f) {
            value(f.doubleValue());
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number n) {
            out.append(n);
        } else {
            string(value.toString());
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters and the line separators JavaScript treats as line ends
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
