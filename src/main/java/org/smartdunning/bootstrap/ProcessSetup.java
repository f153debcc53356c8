package org.smartdunning.bootstrap;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.application.daily.DailySetup;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.MessageRenderer;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.Recipient;
import org.smartdunning.channels.agency.AgencyHandoffChannel;
import org.smartdunning.channels.files.MessageFileChannel;
import org.smartdunning.channels.http.HttpSmsChannel;
import org.smartdunning.channels.pdf.PdfLetterChannel;
import org.smartdunning.channels.smtp.SmtpEmailChannel;
import org.smartdunning.channels.templates.MessageTemplates;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.LateCharges;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.law.files.ReferenceRatesFile;
import org.smartdunning.workflow.Experiment;
import org.smartdunning.workflow.ExperimentArm;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.Workflow;
import org.smartdunning.workflow.files.ExperimentsFile;
import org.smartdunning.workflow.files.ExperimentsRejectedException;
import org.smartdunning.workflow.files.WorkflowFile;

/**
 * Everything the daily process needs besides the store, loaded and validated before any work:
 * the workflow (checked against the country rule packs), the creditor's experiments, the settings, the templates and one
 * channel per action. Closing it closes the SMTP connection.
 */
public final class ProcessSetup implements AutoCloseable {
    private final Workflow workflow;
    private final Experiments experiments;
    private final RunSettings settings;
    private final CountryLaws laws;
    private final LateCharges charges;
    private final MessageRenderer renderer;
    private final SmtpEmailChannel email;
    private final Map<DunningAction, Channel> channels = new EnumMap<>(DunningAction.class);

    private ProcessSetup(Workflow workflow, Experiments experiments, RunSettings settings, CountryLaws laws,
                         LateCharges charges) {
        this.workflow = workflow;
        this.experiments = experiments;
        this.settings = settings;
        this.laws = laws;
        this.charges = charges;
        MessageTemplates templates = new MessageTemplates(settings.templatesDir(), workflow.defaultLanguage());
        java.util.List<String> problems = templateProblems(workflow, templates, "");
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the workflow's templates cannot be rendered:\n  "
                    + String.join("\n  ", problems));
        }
        this.renderer = (action, notice, recipient) -> {
            var text = templates.render(notice.template(), recipient.language(), action, notice, recipient);
            return new MessageRenderer.Rendered(text.subject(), text.body());
        };
        this.email = new SmtpEmailChannel(settings.smtp());
        if (settings.messagesDir() != null) {
            channels.put(DunningAction.EMAIL, new MessageFileChannel(DunningAction.EMAIL, settings.messagesDir()));
            channels.put(DunningAction.SMS, new MessageFileChannel(DunningAction.SMS, settings.messagesDir()));
        } else {
            channels.put(DunningAction.EMAIL, email);
            if (settings.sms() != null) {
                channels.put(DunningAction.SMS, new HttpSmsChannel(settings.sms()));
            }
        }
        channels.put(DunningAction.LETTER, new PdfLetterChannel(settings.lettersDir()));
        channels.put(DunningAction.COLLECTION, new AgencyHandoffChannel(settings.agencyDir()));
    }

    /**
     * Loads the workflow, the experiments file (null: none) and checks them with the settings; throws with file,
     * line and column on any problem.
     */
    public static ProcessSetup load(Path workflowFile, Path experimentsFile, RunSettings settings) {
        CountryLaws laws = CountryRulesFile.bundled();
        Workflow workflow = WorkflowFile.load(workflowFile, laws);
        Experiments experiments = experimentsFile == null ? Experiments.NONE
                : ExperimentsFile.load(experimentsFile, workflow, settings.catchUpDays(), laws);
        checkArmTemplates(workflow, experiments, settings, experimentsFile == null ? "" : experimentsFile.toString());
        return new ProcessSetup(workflow, experiments, settings, laws, charges(settings));
    }

    /**
     * The daily process on a workflow file's text (an uploaded one), named {@code fileName} in its problems, and
     * the experiments file's text ({@code experimentsText} null: none).
     */
    public static ProcessSetup of(String fileName, String text, String experimentsName, String experimentsText,
                                  RunSettings settings) {
        CountryLaws laws = CountryRulesFile.bundled();
        Workflow workflow = WorkflowFile.parse(fileName, text, laws);
        Experiments experiments = experimentsText == null ? Experiments.NONE
                : checkExperiments(experimentsName, experimentsText, workflow, settings);
        return new ProcessSetup(workflow, experiments, settings, laws, charges(settings));
    }

    private static LateCharges charges(RunSettings settings) {
        return new LateCharges(settings.referenceRates() == null ? ReferenceRatesFile.bundled()
                : ReferenceRatesFile.bundledWith(settings.referenceRates()));
    }

    /** Checks a workflow file's text against the bundled country rules; throws with file:line:column problems. */
    public static Workflow check(String fileName, String text) {
        return WorkflowFile.parse(fileName, text, CountryRulesFile.bundled());
    }

    /**
     * The same, and every stage's template rendered with the settings' templates as a run would render
     * it, so a workflow is refused at upload rather than at every run; problems name the stage's line.
     */
    public static Workflow check(String fileName, String text, RunSettings settings) {
        Workflow workflow = check(fileName, text);
        java.util.List<String> problems = templateProblems(workflow,
                new MessageTemplates(settings.templatesDir(), workflow.defaultLanguage()), fileName);
        if (!problems.isEmpty()) {
            throw new org.smartdunning.workflow.files.WorkflowRejectedException(problems);
        }
        return workflow;
    }

    /**
     * An experiments file's text checked as a run reads it, against {@code workflow} and the settings' catch-up
     * window and templates; throws {@link ExperimentsRejectedException} with file:line:column problems.
     */
    public static Experiments checkExperiments(String fileName, String text, Workflow workflow, RunSettings settings) {
        Experiments experiments = ExperimentsFile.parse(fileName, text, workflow, settings.catchUpDays(),
                CountryRulesFile.bundled());
        checkArmTemplates(workflow, experiments, settings, fileName);
        return experiments;
    }

    /** An arm's own template must render for its actions, as a stage's must. */
    private static void checkArmTemplates(Workflow workflow, Experiments experiments, RunSettings settings,
                                          String fileName) {
        MessageTemplates templates = new MessageTemplates(settings.templatesDir(), workflow.defaultLanguage());
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (Experiment e : experiments.experiments()) {
            for (ExperimentArm arm : e.arms()) {
                for (DunningAction action : arm.template() == null ? java.util.Set.<DunningAction>of() : arm.actions()) {
                    renderProblem(workflow, templates, arm.template(), action).ifPresent(reason -> problems.add(
                            fileName + ":" + arm.line() + ":1: arm '" + arm.name() + "', " + action.key()
                                    + ": the template cannot be rendered: " + withoutFolders(reason)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentsRejectedException(problems);
        }
    }

    /**
     * Every stage's template must render for each of its channels before anything is planned or sent;
     * with a {@code fileName}, each problem is {@code file:line:1: reason}.
     */
    private static java.util.List<String> templateProblems(Workflow workflow, MessageTemplates templates,
                                                           String fileName) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (Stage stage : workflow.stages()) {
            for (DunningAction action : stage.actions()) {
                renderProblem(workflow, templates, stage.template(), action).ifPresent(reason -> problems.add(
                        fileName.isEmpty() ? "stage '" + stage.id() + "' (line " + stage.line() + "), " + action.key()
                                + ": " + reason : fileName + ":" + stage.line() + ":1: stage '" + stage.id() + "', "
                                + action.key() + ": the template cannot be rendered: " + withoutFolders(reason)));
            }
        }
        return problems;
    }

    /** Why the template cannot be rendered for the action on a sample notice, if it cannot. */
    private static java.util.Optional<String> renderProblem(Workflow workflow, MessageTemplates templates,
                                                            String template, DunningAction action) {
        if (action == DunningAction.NONE) {
            return java.util.Optional.empty();
        }
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 15);
        Notice sample = new Notice(workflow.creditor(), new InvoiceId("1001"), workflow.currency(), Money.parse("100.00"),
                Money.ZERO, Money.ZERO, Money.ZERO, day.minusDays(14), day, day.plusDays(10), "10016", "check",
                "check", "neutral");
        try {
            templates.render(template, workflow.defaultLanguage(), action, sample,
                    new Recipient(new CustomerId("check"), "a@b.example", "+4670000000", "", workflow.country(),
                            workflow.defaultLanguage()));
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** A reason without the server's folders the templates were looked for in: an upload's refusal goes to the creditor. */
    private static String withoutFolders(String reason) {
        int where = reason.indexOf(": looked for");
        return where < 0 ? reason : reason.substring(0, where);
    }

    public RunSettings settings() {
        return settings;
    }

    /** What the daily process works with: the workflow, the law, the renderer, the channels and the schedule. */
    public DailySetup daily() {
        return new DailySetup(workflow, experiments, laws, charges, renderer, channels, settings.retry(), settings.catchUpDays(),
                settings.retrainDays());
    }

    @Override
    public void close() {
        email.close();
    }
}
