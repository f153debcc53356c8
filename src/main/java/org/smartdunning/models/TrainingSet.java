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
 * The logged dunning actions before the as-of day that the models learn from, with features as of the
 * action's own day (so nothing later leaks in) and its censored outcome labels.
 *
 * @param loggedActions the logged actions before the as-of day, those not learned from included
 * @param standardRows  of those, the standard process's (not randomised), those not learned from included
 */
public record TrainingSet(List<TrainingExample> examples, LocalDate from, LocalDate until, int loggedActions,
                          int standardRows) {

    public static TrainingSet of(CreditorHistory history, LocalDate asOf, BusinessSettings settings,
                                 StandardRowSample sample) {
        FeatureExtractor extractor = new FeatureExtractor(history);
        List<DunningEvent> logged = history.events().stream()
                .filter(e -> e.occurredOn().isBefore(asOf) && history.invoice(e.invoiceId()) != null).toList();
        int standard = (int) logged.stream().filter(e -> !e.isRandomised()).count();
        double share = sample.share(standard);
        List<DunningEvent> events = logged.stream().filter(e -> sample.keeps(e, share)).toList();
        // each example reads the history only, so they are built on every core; the list keeps the events' order
        List<TrainingExample> examples = IntStream.range(0, events.size()).parallel()
                .mapToObj(i -> example(history, extractor, events.get(i), asOf, settings, share)).toList();
        LocalDate from = logged.stream().map(DunningEvent::occurredOn).min(LocalDate::compareTo).orElse(asOf);
        return new TrainingSet(examples, from, asOf, logged.size(), standard);
    }

    /** The share of the standard process's rows learned from (1 when it logged none). */
    public double standardShare() {
        return standardRows == 0 ? 1.0 : (double) examples.stream().filter(e -> !e.randomised()).count() / standardRows;
    }

    private static TrainingExample example(CreditorHistory history, FeatureExtractor extractor, DunningEvent event,
                                           LocalDate asOf, BusinessSettings settings, double standardShare) {
        Invoice invoice = history.invoice(event.invoiceId());
        InvoiceFeatures f = extractor.extract(invoice, event.occurredOn());
        // an unknown propensity outside experiments is the deterministic standard process; a standard row drawn
        // into training with the sample's share stands for 1 / share of them
        double propensity = event.isRandomised() ? event.propensity()
                : (event.propensity() != null ? event.propensity() : 1.0) * standardShare;
        TrainingExample.Logging logging = event.isEngineDecision() ? TrainingExample.Logging.ENGINE
                : event.isRandomised() ? TrainingExample.Logging.EXPERIMENT : TrainingExample.Logging.STANDARD;
        return new TrainingExample(invoice.customerId(), f, FeatureSchema.vector(f), event.action(), propensity,
                logging, OutcomeLabels.of(history, event, asOf, settings.horizonDays(),
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
