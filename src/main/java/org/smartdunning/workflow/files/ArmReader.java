package org.smartdunning.workflow.files;

import static org.smartdunning.workflow.files.YamlNodes.value;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.workflow.ExperimentArm;
import org.smartdunning.workflow.Stage;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads one arm of an experiment; see ExperimentsFile for the format. */
final class ArmReader {
    static final List<String> KEYS = List.of("name", "share", "action", "channel", "template", "tone", "fee",
            "offset_days");
    static final Set<String> REQUIRED = Set.of("name", "share", "action");
    /** The contract's actions an arm may name; a reminder's channel picks one of its three. */
    static final List<String> ACTIONS = List.of("none", "reminder", "collection");
    static final List<String> CHANNELS = List.of("sms", "email", "letter");

    private final YamlNodes nodes;
    private final int maxOffsetDays;

    /** @param maxOffsetDays the catch-up window: an arm waiting longer would see its stage passed over */
    ArmReader(YamlNodes nodes, int maxOffsetDays) {
        this.nodes = nodes;
        this.maxOffsetDays = maxOffsetDays;
    }

    /** The arm, or null when the node had problems (reported). */
    ExperimentArm read(Node node) {
        int before = nodes.count();
        Map<String, NodeTuple> f = nodes.mapping(node, "an arm", KEYS, REQUIRED);
        if (f == null) {
            return null;
        }
        String name = f.containsKey("name") ? nodes.text(value(f, "name"), "name") : null;
        if (name != null && (name.equals(org.smartdunning.workflow.Experiment.HOLDOUT) || !name.matches(ExperimentsFile.NAME))) {
            nodes.problem(value(f, "name"), "an arm's name is letters, digits, '.', '_' or '-', and not 'holdout' (the "
                    + "holdout is set by the experiment's holdout share), was '" + name + "'");
        }
        Double share = f.containsKey("share") ? nodes.share(value(f, "share"), "share", false) : null;
        String action = f.containsKey("action") ? nodes.choice(value(f, "action"), "action", options(ACTIONS)) : null;
        String channel = f.containsKey("channel") ? nodes.choice(value(f, "channel"), "channel", options(CHANNELS)) : null;
        if (channel != null && action != null && !action.equals("reminder")) {
            nodes.problem(value(f, "channel"), "a channel goes with action reminder, not " + action);
        }
        Set<DunningAction> actions = action == null ? Set.of() : action.equals("reminder") && channel == null
                ? EnumSet.of(DunningAction.SMS, DunningAction.EMAIL, DunningAction.LETTER)
                : EnumSet.of(DunningAction.of(action, action.equals("reminder") ? channel : ""));
        String template = f.containsKey("template") ? nodes.text(value(f, "template"), "template") : null;
        String tone = f.containsKey("tone") ? nodes.choice(value(f, "tone"), "tone", StageReader.tones()) : null;
        Money fee = f.containsKey("fee") ? nodes.amount(value(f, "fee"), "fee") : null;
        if (fee != null && !actions.isEmpty() && actions.stream().noneMatch(Stage.FEE_CARRIERS::contains)) {
            nodes.problem(value(f, "fee"), actions.iterator().next().key() + " cannot carry a fee; fees go with email, "
                    + "letter or collection");
        }
        Integer offset = f.containsKey("offset_days") ? nodes.whole(value(f, "offset_days"), "offset_days", 0) : Integer.valueOf(0);
        if (offset != null && offset > maxOffsetDays) {
            nodes.problem(value(f, "offset_days"), "offset_days " + offset + " is more than the " + maxOffsetDays
                    + " catch-up days (run.catch_up_days): the stage would be passed over before the arm's day");
        }
        if (nodes.count() > before) {
            return null;
        }
        return new ExperimentArm(name, share, actions, template, tone, fee, offset, YamlNodes.line(node));
    }

    private static Map<String, String> options(List<String> names) {
        Map<String, String> options = new LinkedHashMap<>();
        names.forEach(n -> options.put(n, n));
        return options;
    }

}
