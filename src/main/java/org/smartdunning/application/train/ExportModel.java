package org.smartdunning.application.train;

import java.util.Optional;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.application.port.ModelCatalog;

/**
 * Reads a saved model out of the catalog whole, so a platform keeps it beside the decisions it
 * made (the Spark job, whose store lives only as long as its task).
 */
public final class ExportModel {
    private final ModelCatalog catalog;

    public ExportModel(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The model saved under the training key with its provenance and metrics; empty when none was saved. */
    public Optional<ExportedModel> of(String trainingKey) {
        return catalog.saved().stream().filter(m -> m.trainingKey().equals(trainingKey)).findFirst()
                .flatMap(saved -> catalog.archive(trainingKey).map(archive ->
                        new ExportedModel(saved, archive, catalog.metrics(trainingKey).orElse("{}"))));
    }
}
