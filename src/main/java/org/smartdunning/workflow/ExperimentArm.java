package org.smartdunning.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

/**
 * One treatment of an experiment: what its invoices get at the experiment's stage instead of what the stage would do.
 *
 * @param name       the arm's name, written to the dunning events
 * @param share      the share of the eligible customers drawn into it: the propensity logged with its events
 * @param actions    the actions the arm takes: one, or every reminder when it names no channel (the stage's order
 *                   picks the first the customer can be reached by)
 * @param template   the message template, null for the stage's
 * @param tone       the tone, null for the stage's
 * @param fee        the fee charged with the action, null for the stage's own fee for it (zero: no fee)
 * @param offsetDays days the arm's action waits after the stage's day
 * @param line       line of the arm in its file, for messages (0 when not from a file)
 */
public record ExperimentArm(String name, double share, Set<DunningAction> actions, String template, String tone,
                            Money fee, int offsetDays, int line) {
    public ExperimentArm {
        Objects.requireNonNull(name, "name");
        actions = DunningAction.ordered(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("arm '" + name + "' takes no action");
        }
    }

    /**
     * The stage as this arm runs it: the arm's actions first, then the stage's own as the fallbacks the workflow
     * gives, with the arm's template, tone and fee. The id stays the stage's, so the stage runs once.
     */
    public Stage applyTo(Stage stage) {
        List<DunningAction> order = new ArrayList<>();
        stage.actions().stream().filter(actions::contains).forEach(order::add);
        actions.stream().sorted().filter(a -> !order.contains(a)).forEach(order::add);
        stage.actions().stream().filter(a -> !order.contains(a)).forEach(order::add);
        Map<DunningAction, Money> fees = new EnumMap<>(DunningAction.class);
        fees.putAll(stage.fees());
        if (fee != null) {
            actions.stream().filter(Stage.FEE_CARRIERS::contains).forEach(a -> fees.put(a, fee));
        }
        return new Stage(stage.id(), stage.day(), stage.kind(), order, template == null ? stage.template() : template,
                tone == null ? stage.tone() : tone, fees, stage.payByDays(), stage.when(), stage.line(),
                stage.announcesCollection());
    }
}
