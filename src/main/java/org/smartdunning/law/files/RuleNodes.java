package org.smartdunning.law.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.LawRule;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Typed reading of country-rules.yaml nodes; a problem becomes an exception naming file, line and column. */
final class RuleNodes {
    private final String fileName;

    RuleNodes(String fileName) {
        this.fileName = fileName;
    }

    /** The mapping's values by key; every key in {@code keys} is required and no other is allowed. */
    Map<String, Node> mapping(Node node, String what, List<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, what + " must be a mapping with keys " + String.join(", ", keys));
        }
        Map<String, Node> values = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode(), "key");
            if (!keys.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; allowed: " + String.join(", ", keys));
            }
            if (values.put(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
        }
        for (String key : keys) {
            if (!values.containsKey(key)) {
                throw problem(node, what + " is missing required key '" + key + "'");
            }
        }
        return values;
    }

    String text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw problem(node, what + " must be a non-empty text");
        }
        return scalar.getValue().trim();
    }

    /** The value of a rule, typed by the rule: dated money, whole days or counts, a flag, or percentage points. */
    Object value(LawRule rule, Node node) {
        return switch (rule) {
            case REMINDER_FEE_CAP, COLLECTION_FEE_CAP, B2B_COMPENSATION -> dated(rule, node);
            case DEFAULT_BY_REMINDER, CONSUMER_DEFAULT_NEEDS_REMINDER, COMPENSATION_COVERS_FEES -> flag(rule, node);
            case CONSUMER_INTEREST_MARGIN, BUSINESS_INTEREST_MARGIN -> points(rule, node);
            case FEE_REMINDERS_MAX -> "unlimited".equals(text(node, rule.key())) ? CountryLaw.NO_LIMIT : whole(rule, node);
            default -> whole(rule, node);
        };
    }

    private NavigableMap<LocalDate, Money> dated(LawRule rule, Node node) {
        NavigableMap<LocalDate, Money> amounts = new TreeMap<>();
        if (node instanceof ScalarNode) {
            amounts.put(LocalDate.MIN, money(rule, node));
            return amounts;
        }
        if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            throw problem(node, rule.key() + " must be an amount or a map of {valid-from date: amount}");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String from = text(tuple.getKeyNode(), "valid-from date");
            try {
                if (amounts.put(LocalDate.parse(from), money(rule, tuple.getValueNode())) != null) {
                    throw problem(tuple.getKeyNode(), "two amounts of " + rule.key() + " from " + from);
                }
            } catch (DateTimeParseException e) {
                throw problem(tuple.getKeyNode(), "valid-from must be a date YYYY-MM-DD, was '" + from + "'");
            }
        }
        return amounts;
    }

    private Money money(LawRule rule, Node node) {
        String text = text(node, rule.key());
        try {
            Money amount = Money.parse(text);
            if (amount.isNegative()) {
                throw problem(node, rule.key() + " must not be negative, was " + text);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw problem(node, rule.key() + " must be an amount: " + e.getMessage());
        }
    }

    private int whole(LawRule rule, Node node) {
        String text = text(node, rule.key());
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the other malformed values
        }
        throw problem(node, rule.key() + " must be a whole number of 0 or more" + (rule == LawRule.FEE_REMINDERS_MAX
                ? " or 'unlimited'" : "") + ", was '" + text + "'");
    }

    private boolean flag(LawRule rule, Node node) {
        String text = text(node, rule.key());
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw problem(node, rule.key() + " must be true or false, was '" + text + "'");
    }

    private BigDecimal points(LawRule rule, Node node) {
        String text = text(node, rule.key());
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw problem(node, rule.key() + " must be a number of percentage points, was '" + text + "'");
        }
    }

    IllegalArgumentException problem(Node node, String reason) {
        return problem(node == null ? null : node.getStartMark(), reason);
    }

    IllegalArgumentException problem(Mark mark, String reason) {
        String where = mark == null ? fileName : fileName + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        return new IllegalArgumentException(where + ": " + reason);
    }
}
