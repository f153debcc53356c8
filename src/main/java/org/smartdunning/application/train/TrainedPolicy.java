package org.smartdunning.application.train;

import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.models.TrainedOutcomes;

/** What training yields: the outcome models, the logged experiment they were judged on, and the reference policy chosen there. */
public record TrainedPolicy(TrainedOutcomes outcomes, LoggedExperiment log, ReferenceChoice reference) {
}
