package org.smartdunning.law.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.LawRule;
import org.smartdunning.history.Money;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads country-rules.yaml: per country its currency, language, rate name and every {@link LawRule} as
 * {@code {value, source}}. Money rules may hold a {@code {valid-from date: amount}} map; the file becomes one
 * {@link CountryLaw} per country and date on which a figure changes. The first problem stops the load, reported
 * as {@code file:line:column: reason}.
 */
public final class CountryRulesFile {
    static final String RESOURCE = "/law/country-rules.yaml";

    private CountryRulesFile() {
    }

    /** The rule packs bundled with the engine. */
    public static CountryLaws bundled() {
        try (InputStream in = CountryRulesFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return parse("country-rules.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("resource " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The rule packs of a file of the same format. */
    public static CountryLaws load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static CountryLaws parse(String name, String text) {
        RuleNodes nodes = new RuleNodes(name);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw nodes.problem(e.getProblemMark(), "YAML syntax error: " + e.getProblem());
        }
        if (!(root instanceof MappingNode countries)) {
            throw new IllegalArgumentException(name + ":1:1: expected a mapping of country codes to rule packs");
        }
        List<CountryLaw> laws = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple country : countries.getValue()) {
            String code = nodes.text(country.getKeyNode(), "country code");
            if (!code.matches("[A-Z]{2}")) {
                throw nodes.problem(country.getKeyNode(), "country must be an ISO 3166-1 code such as SE, was '" + code + "'");
            }
            if (!seen.add(code)) {
                throw nodes.problem(country.getKeyNode(), "a second rule pack for " + code);
            }
            laws.addAll(pack(nodes, code, country.getValueNode()));
        }
        return new CountryLaws(laws);
    }

    private static List<CountryLaw> pack(RuleNodes nodes, String country, Node node) {
        List<String> keys = new ArrayList<>(List.of("currency", "language", "rate_name"));
        for (LawRule rule : LawRule.values()) {
            keys.add(rule.key());
        }
        Map<String, Node> fields = nodes.mapping(node, country, keys);
        Map<LawRule, Object> values = new EnumMap<>(LawRule.class);
        Map<LawRule, String> sources = new EnumMap<>(LawRule.class);
        for (LawRule rule : LawRule.values()) {
            Map<String, Node> entry = nodes.mapping(fields.get(rule.key()), country + "." + rule.key(), List.of("value", "source"));
            sources.put(rule, nodes.text(entry.get("source"), "source"));
            values.put(rule, nodes.value(rule, entry.get("value")));
        }
        // every date on which a money figure changes starts a version, once all money figures are known
        TreeSet<LocalDate> starts = new TreeSet<>();
        LocalDate first = LocalDate.MIN;
        for (Object value : values.values()) {
            if (value instanceof NavigableMap<?, ?> dated) {
                starts.addAll(castDates(dated).keySet());
                first = first.isAfter(castDates(dated).firstKey()) ? first : castDates(dated).firstKey();
            }
        }
        starts.add(first);
        List<CountryLaw> versions = new ArrayList<>();
        for (LocalDate from : starts.tailSet(first, true)) {
            versions.add(new CountryLaw(country, nodes.text(fields.get("currency"), "currency"),
                    nodes.text(fields.get("language"), "language"), nodes.text(fields.get("rate_name"), "rate_name"), from,
                    money(values, LawRule.REMINDER_FEE_CAP, from), days(values, LawRule.FEE_REMINDER_MIN_DAYS_AFTER_DUE),
                    days(values, LawRule.FEE_REMINDERS_MAX), days(values, LawRule.FEE_REMINDER_MIN_PAY_BY_DAYS),
                    days(values, LawRule.FEE_REMINDER_MIN_DAYS_BETWEEN), money(values, LawRule.COLLECTION_FEE_CAP, from),
                    days(values, LawRule.COLLECTION_MIN_DAYS_AFTER_DUE), days(values, LawRule.COLLECTION_NOTICE_MIN_DAYS),
                    days(values, LawRule.PRIOR_NOTICE_MIN_DAYS), (Boolean) values.get(LawRule.DEFAULT_BY_REMINDER),
                    (Boolean) values.get(LawRule.CONSUMER_DEFAULT_NEEDS_REMINDER), days(values, LawRule.INTEREST_GRACE_DAYS),
                    (BigDecimal) values.get(LawRule.CONSUMER_INTEREST_MARGIN),
                    (BigDecimal) values.get(LawRule.BUSINESS_INTEREST_MARGIN),
                    money(values, LawRule.B2B_COMPENSATION, from), (Boolean) values.get(LawRule.COMPENSATION_COVERS_FEES),
                    sources));
        }
        return versions;
    }

    private static int days(Map<LawRule, Object> values, LawRule rule) {
        return (Integer) values.get(rule);
    }

    private static Money money(Map<LawRule, Object> values, LawRule rule, LocalDate day) {
        return castDates(values.get(rule)).floorEntry(day).getValue();
    }

    @SuppressWarnings("unchecked")
    private static NavigableMap<LocalDate, Money> castDates(Object value) {
        return (NavigableMap<LocalDate, Money>) value;
    }
}
