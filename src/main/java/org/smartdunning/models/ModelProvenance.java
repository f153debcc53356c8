package org.smartdunning.models;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a model comes from, so any decision can be traced and replayed: name, version, the
 * window of history it learned from, the seed and its parameters.
 */
public record ModelProvenance(String name, String version, LocalDate trainedFrom, LocalDate trainedUntil,
                              long seed, Map<String, String> parameters) {
    public ModelProvenance {
        parameters = Map.copyOf(parameters);
    }

    /** The parameters as one stable, readable line: {@code key=value;key=value}. */
    public String parametersLine() {
        StringBuilder line = new StringBuilder();
        new TreeMap<>(parameters).forEach((k, v) -> line.append(line.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return line.toString();
    }

    /** {@code name@version}. */
    public String label() {
        return name + "@" + version;
    }
}
