package org.smartdunning.channels.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.smartdunning.channels.Language;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.Recipient;
import org.smartdunning.history.DunningAction;

/**
 * Message texts from Mustache templates the creditor can edit: bundled defaults, overridden file by
 * file by a creditor's folder (layout and variables in {@code src/main/resources/templates/README.md}).
 * A language without a template falls back to the workflow's default language, then to English, and
 * the result says so. Compiled templates are cached; safe for use from several threads.
 */
public final class MessageTemplates {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String SUBJECT = "Subject:";

    private final TemplateFiles files;
    private final Language defaultLanguage;
    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(false)          // plain text: "&" in a creditor's name stays "&"
            .strictSections(true)       // a misspelt {{#hasFe}} fails instead of silently hiding text
            .emptyStringIsFalse(true);  // {{#creditor.phone}}...{{/creditor.phone}} leaves out an unknown phone
    private final Map<String, Optional<Compiled>> cache = new ConcurrentHashMap<>();

    /**
     * @param creditorDir     the creditor's templates folder overriding the bundled files; null for bundled only
     * @param defaultLanguage the workflow's language, tried when a recipient's language has no template
     */
    public MessageTemplates(Path creditorDir, String defaultLanguage) {
        this.files = new TemplateFiles(creditorDir);
        this.defaultLanguage = Language.of(defaultLanguage);
    }

    /** The bundled templates only, falling back to English. */
    public static MessageTemplates bundled() {
        return new MessageTemplates(null, "en");
    }

    /** A subject line and text, parsed and compiled once. */
    private record Compiled(Template subject, Template body, String language, String source) {
    }

    /**
     * Renders template {@code template} (e.g. {@code reminder}) in {@code language} for {@code action}:
     * the SMS variant for {@link DunningAction#SMS}, the e-mail/letter variant otherwise.
     *
     * @throws TemplateException when no language has the template, or the template is malformed or
     *                           uses a variable that does not exist
     */
    public Rendered render(String template, String language, DunningAction action, Notice notice,
                           Recipient recipient) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new TemplateException("template name must be lower-case letters, digits and '-': '" + template + "'");
        }
        boolean sms = action == DunningAction.SMS;
        Language asked = Language.of(language);
        List<String> tried = new ArrayList<>();
        for (Language candidate : List.of(asked, defaultLanguage, Language.ENGLISH)) {
            if (!candidate.isKnown() || tried.contains(candidate.code())) {
                continue;
            }
            tried.add(candidate.code());
            Optional<Compiled> compiled = cache.computeIfAbsent(template + "/" + TemplateFiles.fileName(
                    candidate.code(), sms), k -> load(template, candidate.code(), sms));
            if (compiled.isPresent()) {
                String fallback = candidate.equals(asked) ? ""
                        : (asked.isKnown() ? "no " + template + " template in '" + asked + "'" : "language unknown")
                        + "; used '" + candidate + "' (" + compiled.get().source() + ")";
                return render(compiled.get(), template, action, notice, recipient, fallback);
            }
        }
        throw new TemplateException("no template '" + template + "' (" + (sms ? "SMS" : "e-mail/letter")
                + " variant) for language " + String.join(", ", tried) + ": looked for "
                + String.join(", ", tried.stream().map(l -> TemplateFiles.fileName(l, sms)).toList())
                + " in " + files.searched(template));
    }

    private Rendered render(Compiled compiled, String template, DunningAction action, Notice notice,
                            Recipient recipient, String fallback) {
        Map<String, Object> values = TemplateVariables.of(template, compiled.language(), action, notice, recipient);
        try {
            String subject = compiled.subject().execute(values).strip();
            String body = compiled.body().execute(values).stripTrailing();
            return new Rendered(subject, body, template, compiled.language(), compiled.source(), fallback);
        } catch (MustacheException e) {
            throw new TemplateException("cannot render " + compiled.source() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Compiled> load(String template, String language, boolean sms) {
        return files.find(template, language, sms).map(found -> compile(found, language));
    }

    /** Splits off an optional first line {@code Subject: ...} (and one blank line after it), compiles both parts. */
    private Compiled compile(TemplateFiles.Found found, String language) {
        String text = found.text().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String subject = "";
        String body = text;
        if (text.startsWith(SUBJECT)) {
            int end = text.indexOf('\n');
            subject = (end < 0 ? text : text.substring(0, end)).substring(SUBJECT.length());
            body = end < 0 ? "" : text.substring(end + 1);
            if (body.startsWith("\n")) {
                body = body.substring(1);
            }
        }
        try {
            return new Compiled(compiler.compile(subject), compiler.compile(body), language, found.source());
        } catch (MustacheException e) {
            throw new TemplateException("template " + found.source() + " is malformed: " + e.getMessage(), e);
        }
    }
}
