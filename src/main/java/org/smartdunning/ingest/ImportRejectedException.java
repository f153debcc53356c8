package org.smartdunning.ingest;

import java.nio.file.Path;
import java.util.List;
import org.smartdunning.history.CreditorId;

/** The folder was not imported because of the listed problems; nothing was written. */
public final class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final long total;
    private final String creditor;

    public ImportRejectedException(Path folder, CreditorId creditor, List<ImportProblem> problems, long total) {
        super("import of " + folder + " for creditor '" + creditor + "' rejected: " + total + " problem"
                + (total == 1 ? "" : "s") + (problems.isEmpty() ? "" : ", first: " + problems.get(0).render()));
        this.problems = List.copyOf(problems);
        this.total = total;
        this.creditor = creditor.value();
    }

    /** The first {@value ImportProblems#LISTED} problems, in file and line order of discovery. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** All problems found, including the ones not listed. */
    public long total() {
        return total;
    }

    /** The problems one per line, plus a line saying how many were left out. */
    public String report() {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p.render()).append('\n'));
        if (total > problems.size()) {
            text.append("... and ").append(total - problems.size()).append(" more problems\n");
        }
        text.append(total).append(total == 1 ? " problem" : " problems").append(", nothing imported for creditor '")
                .append(creditor).append("'\n");
        return text.toString();
    }
}
