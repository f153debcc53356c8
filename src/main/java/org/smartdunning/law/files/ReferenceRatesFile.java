package org.smartdunning.law.files;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.smartdunning.law.ReferenceRate;
import org.smartdunning.law.ReferenceRates;

/**
 * Reads reference-rates.csv: header {@code country,effective_from,rate_percent,source} (any order), lines
 * starting with {@code #} are comments. Every bad row is reported as {@code file:line: reason}.
 */
public final class ReferenceRatesFile {
    static final String RESOURCE = "/law/reference-rates.csv";
    static final List<String> COLUMNS = List.of("country", "effective_from", "rate_percent", "source");

    private ReferenceRatesFile() {
    }

    /** The rates bundled with the engine. */
    public static ReferenceRates bundled() {
        InputStream in = ReferenceRatesFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
        }
        return new ReferenceRates(parse("reference-rates.csv", new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    /** The rates of the user's file alone. */
    public static ReferenceRates load(Path file) {
        return new ReferenceRates(read(file));
    }

    /** The bundled rates with the user's file on top: its rows add to them and replace those of the same day. */
    public static ReferenceRates bundledWith(Path file) {
        return bundled().overriddenBy(read(file));
    }

    private static List<ReferenceRate> read(Path file) {
        try {
            return parse(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static List<ReferenceRate> parse(String name, Reader text) {
        List<String> problems = new ArrayList<>();
        List<ReferenceRate> rates = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true).ignoreDifferentFieldCount(true).ofCsvRecord(text)) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(name + ":1: no header row; expected " + String.join(",", COLUMNS));
            }
            CsvRecord header = records.next();
            int[] at = columns(name, header);
            Map<String, Long> firstLine = new HashMap<>();
            while (records.hasNext()) {
                CsvRecord row = records.next();
                String where = name + ":" + row.getStartingLineNumber() + ": ";
                try {
                    ReferenceRate rate = rate(row, at);
                    Long earlier = firstLine.putIfAbsent(rate.country() + rate.effectiveFrom(), row.getStartingLineNumber());
                    if (earlier != null) {
                        problems.add(where + "a second " + rate.country() + " rate from " + rate.effectiveFrom()
                                + " (the first is at line " + earlier + ")");
                    }
                    rates.add(rate);
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage());
                }
            }
        } catch (CsvParseException e) {
            problems.add(name + ": not readable as CSV: " + e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            throw new IllegalArgumentException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return rates;
    }

    private static int[] columns(String name, CsvRecord header) {
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = header.getFields().indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
                throw new IllegalArgumentException(name + ":" + header.getStartingLineNumber() + ": missing column '"
                        + COLUMNS.get(i) + "'; expected " + String.join(",", COLUMNS));
            }
        }
        return at;
    }

    private static ReferenceRate rate(CsvRecord row, int[] at) {
        String country = field(row, at[0]);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 code such as SE, was '" + country + "'");
        }
        String from = field(row, at[1]);
        LocalDate effectiveFrom;
        try {
            effectiveFrom = LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("effective_from must be a date YYYY-MM-DD, was '" + from + "'", e);
        }
        String percent = field(row, at[2]);
        BigDecimal rate;
        try {
            rate = new BigDecimal(percent);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate_percent must be a decimal number with a '.', was '" + percent + "'", e);
        }
        String source = field(row, at[3]);
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be empty: say who published the rate");
        }
        return new ReferenceRate(country, effectiveFrom, rate, source);
    }

    private static String field(CsvRecord row, int index) {
        return index < row.getFieldCount() ? row.getField(index).trim() : "";
    }
}
