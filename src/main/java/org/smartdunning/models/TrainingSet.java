package org.smartdunning.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;

/**
 * Every logged dunning action before the as-of day, with features as of the action's own day (so
 * nothing later leaks in) and its censored outcome labels.
 */
public record TrainingSet(List<TrainingExample> examples, LocalDate from, LocalDate until) {

    public static TrainingSet of(CreditorHistory history, LocalDate asOf, BusinessSettings settings) {
        FeatureExtractor extractor = new FeatureExtractor(history);
        List<DunningEvent> events = history.events().stream()
                .filter(e -> e.occurredOn().isBefore(asOf) && history.invoice(e.invoiceId()) != null).toList();
        // each example reads the history only, so they are built on every core; the list keeps the events' order
        List<TrainingExample> examples = IntStream.range(0, events.size()).parallel()
                .mapToObj(i -> example(history, extractor, events.get(i), asOf, settings)).toList();
        LocalDate from = events.stream().map(DunningEvent::occurredOn).min(LocalDate::compareTo).orElse(asOf);
        return new TrainingSet(examples, from, asOf);
    }

    private static TrainingExample example(CreditorHistory history, FeatureExtractor extractor, DunningEvent event,
                                           LocalDate asOf, BusinessSettings settings) {
        Invoice invoice = history.invoice(event.invoiceId());
        InvoiceFeatures f = extractor.extract(invoice, event.occurredOn());
        // an unknown propensity outside experiments is the deterministic standard process
        double propensity = event.propensity() != null ? event.propensity() : 1.0;
        return new TrainingExample(invoice.customerId(), f, FeatureSchema.vector(f), event.action(), propensity,
                event.isRandomised(), OutcomeLabels.of(history, event, asOf, settings.horizonDays(),
                settings.churnWindowMonths()));
    }

    public Map<DunningAction, List<TrainingExample>> byAction() {
        Map<DunningAction, List<TrainingExample>> arms = new EnumMap<>(DunningAction.class);
        for (TrainingExample e : examples) {
            arms.computeIfAbsent(e.action(), a -> new ArrayList<>()).add(e);
        }
        return arms;
    }

    /** Examples from randomised experiments whose every outcome window has closed: the off-policy log. */
    public List<TrainingExample> completeRandomised() {
        return examples.stream().filter(e -> e.randomised() && e.labels().complete()).toList();
    }
}
