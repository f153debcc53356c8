package org.smartdunning.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.PopulationRates;

/**
 * The model the driver trained for a creditor, in the form a Spark broadcast carries to every task:
 * the learned model's archive (null when the history-rules baseline is the model, the learner not
 * loading), and the baseline's creditor-wide rates, measured once on the whole history — a part of
 * the customers would measure others. Read back in the task as the store reads a saved model.
 *
 * @param historyFrom the baseline's first day of history, and {@code asOf} its last (its provenance)
 */
record PortableModel(byte[] archive, PopulationRates rates, int churnWindowMonths, LocalDate historyFrom,
                     LocalDate asOf) implements Serializable {

    /**
     * @param exported the saved model's export, which must be the learned {@code model} (its archive)
     * @throws IllegalStateException when a learned model comes without its archive
     */
    static PortableModel of(OutcomeModel model, Optional<ExportedModel> exported) {
        HistoryRulesModel rules = (HistoryRulesModel) (model instanceof LearnedOutcomeModel learned ? learned.fallback() : model);
        byte[] archive = null;
        if (model instanceof LearnedOutcomeModel) {
            archive = exported.map(ExportedModel::archive)
                    .orElseThrow(() -> new IllegalStateException("the learned model was not saved, so it cannot be sent"));
        }
        return new PortableModel(archive, rules.rates(), rules.churnWindowMonths(), rules.provenance().trainedFrom(),
                rules.provenance().trainedUntil());
    }

    /** The model again: the baseline, and the learned model read around it when there is one. */
    OutcomeModel model() {
        HistoryRulesModel rules = new HistoryRulesModel(rates, churnWindowMonths, historyFrom, asOf);
        return archive == null ? rules : Engine.readModel(archive, rules, churnWindowMonths);
    }
}
