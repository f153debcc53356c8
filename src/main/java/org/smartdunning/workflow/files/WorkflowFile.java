package org.smartdunning.workflow.files;

import static org.smartdunning.workflow.files.YamlNodes.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.channels.Creditor;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.Workflow;
import org.smartdunning.workflow.WorkflowCheck;
import org.smartdunning.workflow.WorkflowProblem;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a workflow YAML file (format: examples/workflows/*.yaml and the README) and checks it against the
 * country law. Problems in the file's form are all listed first; the law is checked once the file reads cleanly.
 * Either way a bad file throws {@link WorkflowRejectedException} with every problem as {@code file:line:column: problem}.
 */
public final class WorkflowFile {
    static final List<String> KEYS = List.of("workflow", "country", "currency", "language", "inquiry_pause_days",
            "claim_interest", "claim_compensation", "creditor", "stages");
    static final Set<String> REQUIRED = Set.of("workflow", "country", "currency", "creditor", "stages");
    static final List<String> CREDITOR_KEYS = List.of("name", "address", "registration", "bank_account", "email", "phone");
    /** Days an invoice inquiry pauses dunning when the file does not say. */
    static final int DEFAULT_INQUIRY_PAUSE_DAYS = 10;

    private WorkflowFile() {
    }

    /** The workflow in the file, checked against the bundled country rules. */
    public static Workflow load(Path file) {
        return load(file, CountryRulesFile.bundled());
    }

    /** The workflow in the file, checked against the given country rules. */
    public static Workflow load(Path file, CountryLaws laws) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), laws);
        } catch (IOException e) {
            throw new WorkflowRejectedException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    /** The workflow in {@code text}, named {@code fileName} in messages. */
    public static Workflow parse(String fileName, String text, CountryLaws laws) {
        FileProblems problems = new FileProblems(fileName);
        YamlNodes nodes = new YamlNodes(problems);
        Node root = YamlNodes.compose(text, problems, "a workflow: a mapping with keys " + String.join(", ", KEYS));
        Map<String, NodeTuple> f = root == null ? null : nodes.mapping(root, "a workflow file", KEYS, REQUIRED);
        if (f == null || problems.any() && !REQUIRED.stream().allMatch(f::containsKey)) {
            throw new WorkflowRejectedException(problems.formatted());
        }
        Map<String, String> countries = new LinkedHashMap<>();
        laws.countries().forEach(c -> countries.put(c, c));
        String country = nodes.choice(value(f, "country"), "country", countries);
        String currency = nodes.text(value(f, "currency"), "currency");
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            nodes.problem(value(f, "currency"), "currency must be an ISO 4217 code such as SEK, was '" + currency + "'");
        }
        Map<String, String> languages = new LinkedHashMap<>();
        Workflow.LANGUAGES.stream().sorted().forEach(l -> languages.put(l, l));
        String language = f.containsKey("language") ? nodes.choice(value(f, "language"), "language", languages)
                : laws.of(country == null ? "" : country).map(CountryLaw::language).orElse("en");
        Integer pause = f.containsKey("inquiry_pause_days")
                ? nodes.whole(value(f, "inquiry_pause_days"), "inquiry_pause_days", 0) : DEFAULT_INQUIRY_PAUSE_DAYS;
        Boolean interest = f.containsKey("claim_interest") ? nodes.flag(value(f, "claim_interest"), "claim_interest") : Boolean.TRUE;
        Boolean compensation = f.containsKey("claim_compensation")
                ? nodes.flag(value(f, "claim_compensation"), "claim_compensation") : Boolean.FALSE;
        Creditor creditor = creditor(nodes, value(f, "creditor"));
        List<Node> stageNodes = value(f, "stages") instanceof SequenceNode list ? list.getValue() : List.of();
        if (!(value(f, "stages") instanceof SequenceNode)) {
            nodes.problem(value(f, "stages"), "stages must be a list of stages, was " + YamlNodes.describe(value(f, "stages")));
        }
        StageReader reader = new StageReader(nodes, laws.countries());
        List<Stage> stages = new ArrayList<>();
        stageNodes.forEach(node -> stages.add(reader.read(node)));
        String name = nodes.text(value(f, "workflow"), "workflow");
        if (problems.any()) {
            throw new WorkflowRejectedException(problems.formatted());
        }
        Workflow workflow = new Workflow(name, country, currency, creditor, language, pause, stages, interest, compensation);
        for (WorkflowProblem problem : new WorkflowCheck(laws).check(workflow)) {
            Node base = problem.stageIndex() < 0 ? root : stageNodes.get(problem.stageIndex());
            problems.addAt(base, problem.field(), problem.message());
        }
        if (problems.any()) {
            throw new WorkflowRejectedException(problems.formatted());
        }
        return workflow;
    }

    private static Creditor creditor(YamlNodes nodes, Node node) {
        Map<String, NodeTuple> f = nodes.mapping(node, "creditor", CREDITOR_KEYS, Set.of("name"));
        if (f == null || !f.containsKey("name")) {
            return null;
        }
        String[] values = new String[CREDITOR_KEYS.size()];
        for (int i = 0; i < values.length; i++) {
            String key = CREDITOR_KEYS.get(i);
            values[i] = f.containsKey(key) ? nodes.text(value(f, key), "creditor." + key) : "";
        }
        return values[0] == null ? null : new Creditor(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

}
