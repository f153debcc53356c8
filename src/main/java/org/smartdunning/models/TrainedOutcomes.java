package org.smartdunning.models;

import java.util.List;

/** The result of training: the model, the data it learned from, its fallback, and what it could not learn. */
public record TrainedOutcomes(LearnedOutcomeModel model, TrainingSet trainingSet, HistoryRulesModel fallback,
                              List<String> notes) {
    public TrainedOutcomes {
        notes = List.copyOf(notes);
    }
}
