package org.smartdunning.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects problems instead of failing on the first: the first {@value #LISTED} are kept, all are counted. */
public final class ImportProblems {
    public static final int LISTED = 50;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long total;

    public void add(ImportProblem problem) {
        total++;
        if (listed.size() < LISTED) {
            listed.add(problem);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    public List<ImportProblem> listed() {
        return List.copyOf(listed);
    }
}
