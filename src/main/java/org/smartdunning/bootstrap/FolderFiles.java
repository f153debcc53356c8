package org.smartdunning.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smartdunning.application.port.DataFolders;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.ingest.CreditorFolderSource;
import org.smartdunning.ingest.files.ContractFolderSource;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.files.DecisionsFile;

/** Data folders as the data contract lays them out: CSV (or Parquet) files, business.properties, truth.csv of a synthetic world. */
final class FolderFiles implements DataFolders {
    @Override
    public CreditorFolderSource source() {
        return new ContractFolderSource();
    }

    @Override
    public BusinessSettings settings(Path folder) {
        return BusinessSettingsFile.read(folder.resolve("business.properties"));
    }

    @Override
    public Optional<List<TruthCase>> truth(Path folder) {
        Path truth = folder.resolve("truth.csv");
        return Files.isRegularFile(truth) ? Optional.of(TruthFile.read(truth)) : Optional.empty();
    }

    @Override
    public void writeDecisions(Path file, DecisionRun run) {
        DecisionsFile.write(file, run);
    }
}
