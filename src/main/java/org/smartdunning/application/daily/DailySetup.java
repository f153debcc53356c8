package org.smartdunning.application.daily;

import java.util.Map;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.MessageRenderer;
import org.smartdunning.channels.RetryPolicy;
import org.smartdunning.history.DunningAction;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.LateCharges;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.workflow.Workflow;

/**
 * What the daily process works with besides the store, loaded and checked by the wiring: the
 * workflow and the creditor's experiments at its stages, the law, the message renderer, one channel per action and
 * the schedule's figures.
 *
 * @param catchUpDays a stage missed (service down, hold) still runs this many days late
 * @param retrainDays the model is retrained when the newest is this many days old
 */
public record DailySetup(Workflow workflow, Experiments experiments, CountryLaws laws, LateCharges charges, MessageRenderer renderer,
                         Map<DunningAction, Channel> channels, RetryPolicy retry, int catchUpDays, int retrainDays) {
}
