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
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.Workflow;
import org.smartdunning.workflow.files.WorkflowFile;

/**
 * Everything the daily process needs besides the store, loaded and validated before any work:
 * the workflow (checked against the country rule packs), the settings, the templates and one
 * channel per action. Closing it closes the SMTP connection.
 */
public final class ProcessSetup implements AutoCloseable {
    private final Workflow workflow;
    private final RunSettings settings;
    private final CountryLaws laws;
    private final LateCharges charges;
    private final MessageRenderer renderer;
    private final SmtpEmailChannel email;
    private final Map<DunningAction, Channel> channels = new EnumMap<>(DunningAction.class);

    private ProcessSetup(Workflow workflow, RunSettings settings, CountryLaws laws, LateCharges charges) {
        this.workflow = workflow;
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

    /** Loads the workflow and the settings file (null: defaults); throws with file and line on any problem. */
    public static ProcessSetup load(Path workflowFile, Path settingsFile) {
        return load(workflowFile, RunSettings.read(settingsFile));
    }

    public static ProcessSetup load(Path workflowFile, RunSettings settings) {
        CountryLaws laws = CountryRulesFile.bundled();
        LateCharges charges = new LateCharges(settings.referenceRates() == null ? ReferenceRatesFile.bundled()
                : ReferenceRatesFile.bundledWith(settings.referenceRates()));
        return new ProcessSetup(WorkflowFile.load(workflowFile, laws), settings, laws, charges);
    }

    /** The daily process on a workflow file's text (an uploaded one), named {@code fileName} in its problems. */
    public static ProcessSetup of(String fileName, String text, RunSettings settings) {
        CountryLaws laws = CountryRulesFile.bundled();
        LateCharges charges = new LateCharges(settings.referenceRates() == null ? ReferenceRatesFile.bundled()
                : ReferenceRatesFile.bundledWith(settings.referenceRates()));
        return new ProcessSetup(WorkflowFile.parse(fileName, text, laws), settings, laws, charges);
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
     * Every stage's template must render for each of its channels before anything is planned or sent;
     * with a {@code fileName}, each problem is {@code file:line:1: reason}.
     */
    private static java.util.List<String> templateProblems(Workflow workflow, MessageTemplates templates,
                                                           String fileName) {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 15);
        Notice sample = new Notice(workflow.creditor(), new InvoiceId("1001"), workflow.currency(), Money.parse("100.00"),
                Money.ZERO, Money.ZERO, Money.ZERO, day.minusDays(14), day, day.plusDays(10), "10016", "check",
                "check", "neutral");
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (Stage stage : workflow.stages()) {
            for (DunningAction action : stage.actions()) {
                if (action == DunningAction.NONE) {
                    continue;
                }
                try {
                    templates.render(stage.template(), workflow.defaultLanguage(), action, sample,
                            new Recipient(new CustomerId("check"), "a@b.example", "+4670000000", "", workflow.country(),
                                    workflow.defaultLanguage()));
                } catch (RuntimeException e) {
                    // an upload's refusal goes to the creditor: not the server's folders the templates were looked for in
                    String reason = String.valueOf(e.getMessage());
                    int where = reason.indexOf(": looked for");
                    problems.add(fileName.isEmpty()
                            ? "stage '" + stage.id() + "' (line " + stage.line() + "), " + action.key() + ": " + reason
                            : fileName + ":" + stage.line() + ":1: stage '" + stage.id() + "', " + action.key()
                                    + ": the template cannot be rendered: " + (where < 0 ? reason : reason.substring(0, where)));
                }
            }
        }
        return problems;
    }

    public RunSettings settings() {
        return settings;
    }

    /** What the daily process works with: the workflow, the law, the renderer, the channels and the schedule. */
    public DailySetup daily() {
        return new DailySetup(workflow, laws, charges, renderer, channels, settings.retry(), settings.catchUpDays(),
                settings.retrainDays());
    }

    @Override
    public void close() {
        email.close();
    }
}
