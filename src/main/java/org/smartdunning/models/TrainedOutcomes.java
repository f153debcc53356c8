package org.smartdunning.models;

import java.util.List;

/** The result of training: the model, the data it learned from, its fallback, and what it could not learn. */
public record TrainedOutcomes(LearnedOutcomeModel model, TrainingSet trainingSet, HistoryRulesModel fallback,
                              List<String> notes, long seed) {
    public TrainedOutcomes {
        notes = List.copyOf(notes);
    }

    /** The same training with the model replaced, e.g. by one with more provenance parameters. */
    public TrainedOutcomes withModel(LearnedOutcomeModel replaced) {
        return new TrainedOutcomes(replaced, trainingSet, fallback, notes, seed);
    }

    /** The half of the cross-fitting whose model never saw this example's customer. */
    public int outOfFoldHalf(TrainingExample e) {
        return CustomerFolds.of(e.customerId(), seed);
    }
}
