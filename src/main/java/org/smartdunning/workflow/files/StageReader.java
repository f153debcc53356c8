package org.smartdunning.workflow.files;

import static org.smartdunning.workflow.files.YamlNodes.value;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.workflow.RiskBand;
import org.smartdunning.workflow.SegmentCondition;
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.StageKind;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads one stage of a workflow file, with its {@code when} condition; see WorkflowFile for the format. */
final class StageReader {
    static final List<String> KEYS = List.of("id", "day", "kind", "actions", "template", "tone", "fees", "pay_by_days",
            "when", "announces_collection");
    static final Set<String> REQUIRED = Set.of("id", "day", "kind", "actions");
    static final List<String> WHEN_KEYS = List.of("customer_type", "country", "amount", "payment_method", "risk_band");

    private final YamlNodes nodes;
    private final Map<String, String> countries = new LinkedHashMap<>();

    StageReader(YamlNodes nodes, Set<String> knownCountries) {
        this.nodes = nodes;
        knownCountries.forEach(c -> countries.put(c, c));
    }

    /** The stage, or null when the node had problems (reported). */
    Stage read(Node node) {
        int before = nodes.count();
        Map<String, NodeTuple> f = nodes.mapping(node, "a stage", KEYS, REQUIRED);
        if (f == null) {
            return null;
        }
        String id = f.containsKey("id") ? nodes.text(value(f, "id"), "id") : null;
        Integer day = f.containsKey("day") ? nodes.whole(value(f, "day"), "day", Integer.MIN_VALUE) : null;
        StageKind kind = f.containsKey("kind") ? nodes.choice(value(f, "kind"), "kind", names(StageKind.values())) : null;
        List<DunningAction> actions = f.containsKey("actions") ? actions(value(f, "actions")) : null;
        String template = f.containsKey("template") ? nodes.text(value(f, "template"), "template") : id;
        String tone = f.containsKey("tone") ? nodes.choice(value(f, "tone"), "tone", tones()) : "neutral";
        Map<DunningAction, Money> fees = f.containsKey("fees") ? fees(value(f, "fees")) : Map.of();
        Integer payBy = f.containsKey("pay_by_days") ? nodes.whole(value(f, "pay_by_days"), "pay_by_days", 0) : Integer.valueOf(0);
        SegmentCondition when = f.containsKey("when") ? condition(value(f, "when"), "when") : SegmentCondition.ANY;
        Boolean announces = f.containsKey("announces_collection")
                ? nodes.flag(value(f, "announces_collection"), "announces_collection") : Boolean.FALSE;
        if (nodes.count() > before) {
            return null;
        }
        return new Stage(id, day, kind, actions, template, tone, fees, payBy, when, YamlNodes.line(node), announces);
    }

    private List<DunningAction> actions(Node node) {
        List<Node> items = nodes.items(node, "actions");
        List<DunningAction> actions = new ArrayList<>();
        for (Node item : items == null ? List.<Node>of() : items) {
            actions.add(nodes.choice(item, "action", names(DunningAction.values())));
        }
        return actions;
    }

    private Map<DunningAction, Money> fees(Node node) {
        Map<String, NodeTuple> f = nodes.mapping(node, "fees", List.copyOf(names(DunningAction.values()).keySet()), Set.of());
        Map<DunningAction, Money> fees = new EnumMap<>(DunningAction.class);
        if (f != null) {
            f.forEach((key, tuple) -> fees.put(DunningAction.ofKey(key), nodes.amount(tuple.getValueNode(), "fees." + key)));
        }
        return fees;
    }

    /** A {@code when} condition (an experiment's {@code eligible} too), or null when it had problems (reported). */
    SegmentCondition condition(Node node, String what) {
        Map<String, NodeTuple> f = nodes.mapping(node, what, WHEN_KEYS, Set.of());
        if (f == null) {
            return null;
        }
        Map<String, CustomerType> types = new LinkedHashMap<>();
        for (CustomerType type : CustomerType.values()) {
            types.put(type.code(), type);
        }
        Money min = null;
        Money max = null;
        if (f.containsKey("amount")) {
            Map<String, NodeTuple> amount = nodes.mapping(value(f, "amount"), "amount", List.of("min", "max"), Set.of());
            if (amount != null && amount.isEmpty()) {
                nodes.problem(value(f, "amount"), "amount needs min, max or both");
            }
            min = amount != null && amount.containsKey("min") ? nodes.amount(value(amount, "min"), "amount.min") : null;
            max = amount != null && amount.containsKey("max") ? nodes.amount(value(amount, "max"), "amount.max") : null;
        }
        return new SegmentCondition(set(f, "customer_type", "customer type", types), set(f, "country", "country", countries),
                min, max, set(f, "payment_method", "payment method", null), set(f, "risk_band", "risk band", names(RiskBand.values())));
    }

    /** The values of a list key, each checked against {@code options} when given. */
    private <E> Set<E> set(Map<String, NodeTuple> f, String key, String what, Map<String, E> options) {
        Set<E> values = new LinkedHashSet<>();
        List<Node> items = f.containsKey(key) ? nodes.items(value(f, key), key) : null;
        for (Node item : items == null ? List.<Node>of() : items) {
            @SuppressWarnings("unchecked")
            E value = options == null ? (E) nodes.text(item, what) : nodes.choice(item, what, options);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }


    static Map<String, String> tones() {
        Map<String, String> tones = new LinkedHashMap<>();
        Stage.TONES.stream().sorted().forEach(t -> tones.put(t, t));
        return tones;
    }

    /** Names of enum constants as written in files, in declaration order. */
    private static <E extends Enum<E>> Map<String, E> names(E[] values) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(value.name().toLowerCase(java.util.Locale.ROOT), value);
        }
        return names;
    }
}
