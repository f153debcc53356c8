package org.smartdunning.workflow.files;

import static org.smartdunning.workflow.files.YamlNodes.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.workflow.Experiment;
import org.smartdunning.workflow.ExperimentArm;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.workflow.SegmentCondition;
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.Workflow;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a creditor's experiments YAML (format: examples/experiments/*.yaml and the README), checked against the
 * workflow it runs in: every problem is listed at once as {@code file:line:column: problem} in an
 * {@link ExperimentsRejectedException}.
 */
public final class ExperimentsFile {
    static final List<String> KEYS = List.of("name", "stage", "start", "end", "seed", "eligible", "holdout", "arms");
    static final Set<String> REQUIRED = Set.of("name", "stage", "start", "end", "arms");
    /** What an experiment's or arm's name may hold: it is written to the dunning events and the analysis' CSV. */
    static final String NAME = "[A-Za-z0-9._-]{1,60}";
    /** The seed of the assignment when the file gives none. */
    static final int DEFAULT_SEED = 1;
    /** How far from 1 the shares may add up, for decimals such as 0.1 + 0.2 + 0.7. */
    private static final double SUM_TOLERANCE = 1e-9;

    private ExperimentsFile() {
    }

    /** The experiments in the file; see {@link #parse}. */
    public static Experiments load(Path file, Workflow workflow, int catchUpDays, CountryLaws laws) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), workflow, catchUpDays, laws);
        } catch (IOException e) {
            throw new ExperimentsRejectedException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The experiments in {@code text}, named {@code fileName} in messages: each at a stage of {@code workflow} after
     * the due date, arms waiting at most {@code catchUpDays}, no two able to claim the same invoice.
     */
    public static Experiments parse(String fileName, String text, Workflow workflow, int catchUpDays, CountryLaws laws) {
        FileProblems problems = new FileProblems(fileName);
        YamlNodes nodes = new YamlNodes(problems);
        Node root = YamlNodes.compose(text, problems, "a mapping with the key experiments, a list of experiments");
        Map<String, NodeTuple> top = root == null ? null : nodes.mapping(root, "an experiments file", List.of("experiments"),
                Set.of("experiments"));
        List<Node> items = top == null || !top.containsKey("experiments") ? null
                : nodes.items(top.get("experiments").getValueNode(), "experiments");
        List<Experiment> experiments = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node node : items == null ? List.<Node>of() : items) {
            Experiment e = new ExperimentReader(nodes, workflow, catchUpDays, laws).read(node);
            if (e == null) {
                continue;
            }
            Node earlier = names.putIfAbsent(e.name(), node);
            if (earlier != null) {
                nodes.problem(node, "duplicate experiment name '" + e.name() + "' (first at line " + YamlNodes.line(earlier) + ")");
            }
            for (Experiment other : experiments) {
                if (mayClaimTheSame(e, other)) {
                    nodes.problem(node, "experiment '" + e.name() + "' may claim the same invoices as '" + other.name()
                            + "' (line " + other.line() + "): same stage, overlapping dates and segments; an invoice is "
                            + "randomised once");
                }
            }
            experiments.add(e);
        }
        if (problems.any()) {
            throw new ExperimentsRejectedException(problems.formatted());
        }
        return new Experiments(experiments);
    }

    private static boolean mayClaimTheSame(Experiment a, Experiment b) {
        return a.stage().equals(b.stage()) && !a.start().isAfter(b.end()) && !b.start().isAfter(a.end())
                && a.eligible().mayOverlap(b.eligible());
    }

    /** Reads one experiment, its arms and its checks against the workflow. */
    private record ExperimentReader(YamlNodes nodes, Workflow workflow, int catchUpDays, CountryLaws laws) {
        Experiment read(Node node) {
            int before = nodes.count();
            Map<String, NodeTuple> f = nodes.mapping(node, "an experiment", KEYS, REQUIRED);
            if (f == null) {
                return null;
            }
            String name = f.containsKey("name") ? nodes.text(value(f, "name"), "name") : null;
            if (name != null && (!name.matches(NAME) || name.equals(Experiment.ENGINE))) {
                nodes.problem(value(f, "name"), "an experiment's name is 1 to 60 letters, digits, '.', '_' or '-', and not '"
                        + Experiment.ENGINE + "' (the engine's own exploration), was '" + name + "'");
            }
            String stage = f.containsKey("stage") ? stage(value(f, "stage")) : null;
            LocalDate start = f.containsKey("start") ? nodes.date(value(f, "start"), "start") : null;
            LocalDate end = f.containsKey("end") ? nodes.date(value(f, "end"), "end") : null;
            if (start != null && end != null && end.isBefore(start)) {
                nodes.problem(value(f, "end"), "end " + end + " is before start " + start);
            }
            Integer seed = f.containsKey("seed") ? nodes.whole(value(f, "seed"), "seed", 0) : Integer.valueOf(DEFAULT_SEED);
            SegmentCondition eligible = f.containsKey("eligible") ? new StageReader(nodes, laws.countries())
                    .condition(value(f, "eligible"), "eligible") : SegmentCondition.ANY;
            Double holdout = f.containsKey("holdout") ? nodes.share(value(f, "holdout"), "holdout", true) : Double.valueOf(0);
            int beforeArms = nodes.count();
            List<ExperimentArm> arms = f.containsKey("arms") ? arms(value(f, "arms")) : List.of();
            if (holdout != null && f.containsKey("arms") && nodes.count() == beforeArms) {
                shares(f, arms, holdout);
            }
            if (nodes.count() > before) {
                return null;
            }
            return new Experiment(name, stage, start, end, seed, eligible, arms, holdout, YamlNodes.line(node));
        }

        private String stage(Node node) {
            String id = nodes.text(node, "stage");
            Stage stage = id == null ? null : workflow.stage(id).orElse(null);
            if (id != null && stage == null) {
                nodes.problem(node, "unknown stage '" + id + "'; workflow " + workflow.name() + " has "
                        + String.join(", ", workflow.stages().stream().map(Stage::id).toList()));
            } else if (stage != null && stage.day() <= 0) {
                nodes.problem(node, "stage '" + id + "' runs on day " + stage.day() + "; an experiment's stage must come "
                        + "after the due date, where its actions are logged as dunning events");
            }
            return id;
        }

        private List<ExperimentArm> arms(Node node) {
            List<Node> items = nodes.items(node, "arms");
            List<ExperimentArm> arms = new ArrayList<>();
            ArmReader reader = new ArmReader(nodes, catchUpDays);
            Map<String, Integer> names = new HashMap<>();
            for (Node item : items == null ? List.<Node>of() : items) {
                ExperimentArm arm = reader.read(item);
                if (arm != null) {
                    Integer first = names.putIfAbsent(arm.name(), arm.line());
                    if (first != null) {
                        nodes.problem(item, "duplicate arm name '" + arm.name() + "' (first at line " + first + ")");
                    }
                    arms.add(arm);
                }
            }
            return arms;
        }

        /** The arms' shares and the holdout add up to 1, and there are two groups at least to compare. */
        private void shares(Map<String, NodeTuple> f, List<ExperimentArm> arms, double holdout) {
            double sum = holdout + arms.stream().mapToDouble(ExperimentArm::share).sum();
            Node at = f.get("arms").getKeyNode();
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                nodes.problem(at, "the arms' shares " + arms.stream().map(a -> String.valueOf(a.share())).toList()
                        + (holdout > 0 ? " and the holdout " + holdout : "") + " add up to " + sum + ", not 1");
            }
            if (arms.size() + (holdout > 0 ? 1 : 0) < 2) {
                nodes.problem(at, "an experiment needs two arms, or an arm and a holdout, to compare");
            }
        }

    }
}
