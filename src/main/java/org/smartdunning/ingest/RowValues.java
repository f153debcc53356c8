package org.smartdunning.ingest;

import java.time.LocalDate;
import java.util.function.Function;
import org.smartdunning.history.Money;

/**
 * Reads the typed values of the current row, reporting each empty required or unparsable value as a
 * problem of its cell rather than failing, so that one pass over the folder lists every problem.
 */
final class RowValues {
    private final ImportProblems problems;
    private long rowProblemsBefore;

    RowValues(ImportProblems problems) {
        this.problems = problems;
    }

    /** Marks the start of a row, so that {@link #rowHasProblems()} sees only this row's problems. */
    void startRow() {
        rowProblemsBefore = problems.total();
    }

    boolean rowHasProblems() {
        return problems.total() != rowProblemsBefore;
    }

    /** Whether the import is still clean: only then do rows go to the sink (a rejected import is rolled back). */
    boolean noProblems() {
        return problems.isEmpty();
    }

    /** A problem of the cell; its value, when personal data, is masked in the reason. */
    void problem(SourceRow row, int column, String reason) {
        problems.add(row.problem(column, PersonalData.hide(reason, row.file().columns().get(column), row.get(column))));
    }

    String required(SourceRow row, int column) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            problem(row, column, "required value is empty");
            return null;
        }
        return value;
    }

    String optional(SourceRow row, int column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    String text(SourceRow row, int column, boolean required) {
        return required ? required(row, column) : optional(row, column);
    }

    LocalDate date(SourceRow row, int column, boolean required) {
        return parsed(row, column, required, Fields::date);
    }

    Money amount(SourceRow row, int column, boolean required) {
        return parsed(row, column, required, Fields::amount);
    }

    /** The parsed value, or null when it is absent or the parser rejects it (the rejection is the problem). */
    <T> T parsed(SourceRow row, int column, boolean required, Function<String, T> parser) {
        String text = text(row, column, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }
}
