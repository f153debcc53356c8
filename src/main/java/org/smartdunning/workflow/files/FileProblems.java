package org.smartdunning.workflow.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** The problems found in one file, each with the line and column SnakeYAML marked, listed in file order. */
final class FileProblems {
    private record Problem(int line, int column, String message) {
    }

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();

    FileProblems(String fileName) {
        this.fileName = fileName;
    }

    /** A problem at the mark; without a mark (an empty or unreadable file) at the file's start. */
    void add(Mark mark, String message) {
        problems.add(mark == null ? new Problem(1, 1, message) : new Problem(mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    /** A problem at the key a dotted path such as {@code fees.letter} names under {@code base}, or at the nearest enclosing key when the path is not written out. */
    void addAt(Node base, String path, String message) {
        Node at = base;
        Node node = base;
        for (String part : path.split("\\.")) {
            NodeTuple tuple = node instanceof MappingNode mapping ? mapping.getValue().stream()
                    .filter(t -> part.equals(YamlNodes.keyText(t.getKeyNode()))).findFirst().orElse(null) : null;
            if (tuple == null) {
                break;
            }
            at = tuple.getKeyNode();
            node = tuple.getValueNode();
        }
        add(at.getStartMark(), message);
    }

    boolean any() {
        return !problems.isEmpty();
    }

    /** Problems so far; a reader compares counts to tell whether a part of the file read cleanly. */
    int count() {
        return problems.size();
    }

    /** Every problem as {@code file:line:column: message}, in file order. */
    List<String> formatted() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(p -> fileName + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
    }
}
