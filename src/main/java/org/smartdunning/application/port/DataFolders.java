package org.smartdunning.application.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.ingest.CreditorFolderSource;
import org.smartdunning.policy.DecisionRun;

/** Port: the files of a creditor's data folder, and the decisions file written for it. */
public interface DataFolders {
    /** The rows of a data folder, for the import. */
    CreditorFolderSource source();

    /** The folder's economics (its business.properties, documented defaults when absent), validated. */
    BusinessSettings settings(Path folder);

    /** The hidden truth of a synthetic world's folder, when it has one. */
    Optional<List<TruthCase>> truth(Path folder);

    void writeDecisions(Path file, DecisionRun run);
}
