package org.smartdunning.workflow.files;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.history.Money;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of a YAML node tree that reports every problem to {@link FileProblems} instead of stopping at
 * the first. A reader returns null for a value it reported as wrong. Scalars are read from their text as written,
 * so {@code NO} is the country, not YAML 1.1's false.
 */
final class YamlNodes {
    private final FileProblems problems;

    YamlNodes(FileProblems problems) {
        this.problems = problems;
    }

    /** The file's node tree, or null after reporting a syntax error or an empty file ({@code expected} says what it should hold). */
    static Node compose(String text, FileProblems problems, String expected) {
        Node root = null;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(), "YAML syntax error: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(null, "not readable as YAML: " + e.getMessage());
        }
        if (root == null && !problems.any()) {
            problems.add(null, "the file is empty; expected " + expected);
        }
        return root;
    }

    /** The mapping's entries by key, after reporting a non-mapping, duplicate, unknown and missing keys. */
    Map<String, NodeTuple> mapping(Node node, String what, List<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping with keys " + String.join(", ", allowed) + ", was " + describe(node));
            return null;
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyText(keyNode);
            if (key == null || !allowed.contains(key)) {
                problem(keyNode, "unknown key " + (key == null ? describe(keyNode) : "'" + key + "'") + " in " + what
                        + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            } else if (entries.containsKey(key)) {
                problem(keyNode, "duplicate key '" + key + "' (first at line " + line(entries.get(key).getKeyNode()) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
        for (String key : allowed) {
            if (required.contains(key) && !entries.containsKey(key)) {
                problem(node, what + " is missing required key '" + key + "'");
            }
        }
        return entries;
    }

    String text(Node node, String key) {
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
            problem(node, key + " must be a text, was " + describe(node));
            return null;
        }
        return scalar.getValue().trim();
    }

    Integer whole(Node node, String key, int min) {
        String text = node instanceof ScalarNode ? ((ScalarNode) node).getValue().trim() : null;
        try {
            int value = Integer.parseInt(text == null ? "" : text);
            if (value >= min) {
                return value;
            }
            problem(node, key + " must be " + min + " or more, was " + value);
            return null;
        } catch (NumberFormatException e) {
            problem(node, key + " must be a whole number, was " + describe(node));
            return null;
        }
    }

    Money amount(Node node, String key) {
        String text = node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
        try {
            Money amount = Money.parse(text == null ? "" : text);
            if (!amount.isNegative()) {
                return amount;
            }
            problem(node, key + " must not be negative, was " + amount);
        } catch (NumberFormatException e) {
            problem(node, key + " must be an amount with at most two decimals, such as 60 or 2.50, was " + describe(node));
        }
        return null;
    }

    /** A day written as YYYY-MM-DD. */
    LocalDate date(Node node, String key) {
        String text = node instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(node, key + " must be a day written YYYY-MM-DD, was " + describe(node));
            return null;
        }
    }

    /** A share: a number from 0 to 1, 0 itself only when {@code zeroAllowed}. */
    Double share(Node node, String key, boolean zeroAllowed) {
        String text = node instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
        try {
            double value = Double.parseDouble(text);
            if (value <= 1 && (value > 0 || zeroAllowed && value == 0)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the others
        }
        problem(node, key + " must be a number " + (zeroAllowed ? "from 0" : "above 0") + " up to 1, such as 0.25, was "
                + describe(node));
        return null;
    }

    Boolean flag(Node node, String key) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return List.of("true", "yes", "on").contains(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        problem(node, key + " must be true or false, was " + describe(node));
        return null;
    }

    /** The items of a list; a single value stands for a list of one. */
    List<Node> items(Node node, String key) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        problem(node, key + " must be a list, was " + describe(node));
        return null;
    }

    /** The option named by the node's text; an unknown name is reported with the names allowed. */
    <E> E choice(Node node, String what, Map<String, E> options) {
        String text = text(node, what);
        if (text == null) {
            return null;
        }
        E option = options.get(text);
        if (option == null) {
            problem(node, "unknown " + what + " '" + text + "'; allowed: " + String.join(", ", options.keySet()));
        }
        return option;
    }

    void problem(Node node, String message) {
        problems.add(node == null ? null : node.getStartMark(), message);
    }

    /** Problems reported so far, in this file. */
    int count() {
        return problems.count();
    }

    /** The value node of a key read by {@link #mapping}. */
    static Node value(Map<String, NodeTuple> f, String key) {
        return f.get(key).getValueNode();
    }

    /** The text of a scalar key, null for a key that is a list or mapping. */
    static String keyText(Node key) {
        return key instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? "empty" : "'" + scalar.getValue() + "'";
        }
        return node instanceof SequenceNode ? "a list" : node == null ? "nothing" : "a mapping";
    }
}
