package org.smartdunning.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.smartdunning.channels.Creditor;

/**
 * A creditor's dunning workflow for one country: who the creditor is, in which language to write, what happens
 * on which day relative to the due date, and which late charges it claims.
 *
 * @param name              workflow name, e.g. {@code se-telecom}
 * @param country           the country whose law applies, ISO 3166-1
 * @param currency          the invoices' currency, ISO 4217; must be the country's
 * @param creditor          the creditor's details printed on messages
 * @param defaultLanguage   language used when the customer's is unknown or not in {@link #LANGUAGES}
 * @param inquiryPauseDays  an invoice inquiry pauses dunning of that invoice this many days
 * @param stages            the stages in increasing day order
 * @param claimInterest     notices state the statutory late-payment interest accrued
 * @param claimCompensation notices to business debtors claim the flat B2B compensation
 */
public record Workflow(String name, String country, String currency, Creditor creditor, String defaultLanguage,
                       int inquiryPauseDays, List<Stage> stages, boolean claimInterest, boolean claimCompensation) {
    /** Languages messages can be written in. */
    public static final Set<String> LANGUAGES = Set.of("sv", "nb", "de", "en");

    public Workflow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        stages = List.copyOf(stages);
    }

    /** A workflow that claims interest but not the B2B compensation. */
    public Workflow(String name, String country, String currency, Creditor creditor, String defaultLanguage,
                    int inquiryPauseDays, List<Stage> stages) {
        this(name, country, currency, creditor, defaultLanguage, inquiryPauseDays, stages, true, false);
    }

    /** The stages scheduled on that day relative to the due date whose condition the invoice meets. */
    public List<Stage> stagesOn(int daysAfterDue, SegmentFacts facts) {
        return stagesBetween(daysAfterDue - 1, daysAfterDue, facts);
    }

    /**
     * The stages scheduled after {@code afterDay} up to and including {@code throughDay} whose condition the
     * invoice meets, in order; for a run that catches up on days it missed.
     */
    public List<Stage> stagesBetween(int afterDay, int throughDay, SegmentFacts facts) {
        return stages.stream().filter(s -> s.day() > afterDay && s.day() <= throughDay && s.when().matches(facts)).toList();
    }

    /** The stage with that id. */
    public Optional<Stage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The customer's language when messages can be written in it, else the workflow's default. */
    public String languageFor(String customerLanguage) {
        return customerLanguage != null && LANGUAGES.contains(customerLanguage) ? customerLanguage : defaultLanguage;
    }
}
