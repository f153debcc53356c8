package org.smartdunning.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smartdunning.channels.RetryPolicy;
import org.smartdunning.channels.http.SmsSettings;
import org.smartdunning.channels.smtp.SmtpSettings;
import org.smartdunning.config.PropertiesFile;
import org.smartdunning.config.Secret;
import org.smartdunning.config.SecretSetting;

/**
 * Settings of the daily process ({@code run}, {@code serve}, {@code simulate}), read from a
 * properties file (see {@code examples/dunning.properties}); every key is optional.
 *
 * @param smtp          the e-mail relay (default localhost:25, sender = the workflow creditor's e-mail)
 * @param sms           the SMS provider, or null when {@code sms.endpoint} is empty (SMS then falls back)
 * @param lettersDir    where PDF letters go (default {@code out/letters})
 * @param agencyDir     where the collection hand-off files go (default {@code out/agency})
 * @param messagesDir   when set, e-mails and SMS are written as text files here instead of sent (for trying out)
 * @param templatesDir  the creditor's own templates, overriding the bundled ones file by file; null for bundled only
 * @param referenceRates a CSV of reference rates added to (and overriding) the bundled ones; null for bundled only
 * @param retry         backoff of transient failures (default 5 attempts, 60 s doubling, at most 3600 s)
 * @param catchUpDays   a stage missed (service down, hold) still runs this many days late (default 7)
 * @param retrainDays   the model is retrained when the newest is this many days old (default 7)
 * @param serveAt       time of day {@code serve} runs the day (default 06:00, UTC)
 * @param dispatchEvery {@code serve} dispatches retries this often (default 15 minutes)
 */
public record RunSettings(SmtpSettings smtp, SmsSettings sms, Path lettersDir, Path agencyDir, Path messagesDir,
                   Path templatesDir,
                   Path referenceRates,
                   RetryPolicy retry, int catchUpDays, int retrainDays, LocalTime serveAt, Duration dispatchEvery) {
    public static final Set<String> KEYS = Stream.of(Set.of("smtp.host", "smtp.port", "smtp.username",
            "smtp.starttls", "smtp.from", "sms.endpoint", "sms.sender", "sms.timeout_seconds",
            "letters.dir", "agency.dir", "messages.dir", "templates.dir", "law.reference_rates", "retry.max_attempts", "retry.base_seconds",
            "retry.cap_seconds", "run.catch_up_days", "run.retrain_days", "serve.at", "serve.dispatch_every_minutes"),
            SecretSetting.keys("smtp.password"), SecretSetting.keys("sms.token"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** The settings of {@code file}, or all defaults when it is null or absent; secrets may name this process's environment. */
    public static RunSettings read(Path file) {
        return read(file, System.getenv());
    }

    /** The settings of {@code file}, the environment variables its secrets name looked up in {@code env}. */
    public static RunSettings read(Path file, Map<String, String> env) {
        PropertiesFile p = PropertiesFile.read(file, KEYS);
        SmtpSettings smtp = new SmtpSettings(p.text("smtp.host", "localhost"), p.whole("smtp.port", 25),
                p.text("smtp.username", ""), SecretSetting.read(p, "smtp.password", env), p.flag("smtp.starttls", false),
                p.text("smtp.from", ""), "", 0, 0);
        URI endpoint = p.value("sms.endpoint", null, URI::create, "an http(s) URL");
        Secret smsToken = SecretSetting.read(p, "sms.token", env);
        Duration smsTimeout = Duration.ofSeconds(p.whole("sms.timeout_seconds", 10));
        SmsSettings sms = endpoint == null ? null : p.value("sms.endpoint", null,
                v -> new SmsSettings(endpoint, smsToken, p.text("sms.sender", ""), smsTimeout), "an http(s) URL");
        String templates = p.text("templates.dir", "");
        RetryPolicy retry;
        try {
            retry = new RetryPolicy(p.whole("retry.max_attempts", 5), Duration.ofSeconds(p.whole("retry.base_seconds", 60)),
                    Duration.ofSeconds(p.whole("retry.cap_seconds", 3600)));
        } catch (IllegalArgumentException e) {
            throw e.getCause() != null ? e : p.problem("retry.max_attempts", "retry settings: " + e.getMessage());
        }
        int catchUp = p.whole("run.catch_up_days", 7);
        int retrain = p.whole("run.retrain_days", 7);
        if (catchUp < 0) {
            throw p.problem("run.catch_up_days", "run.catch_up_days must be 0 or more, was " + catchUp);
        }
        if (retrain < 1) {
            throw p.problem("run.retrain_days", "run.retrain_days must be at least 1, was " + retrain);
        }
        int every = p.whole("serve.dispatch_every_minutes", 15);
        if (every < 1) {
            throw p.problem("serve.dispatch_every_minutes", "serve.dispatch_every_minutes must be at least 1, was " + every);
        }
        return new RunSettings(smtp, sms, Path.of(p.text("letters.dir", "out/letters")),
                Path.of(p.text("agency.dir", "out/agency")), p.value("messages.dir", null, Path::of, "a folder path"),
                templates.isEmpty() ? null : Path.of(templates),
                p.value("law.reference_rates", null, Path::of, "a file path"),
                retry,
                catchUp, retrain, p.value("serve.at", LocalTime.of(6, 0), LocalTime::parse, "a time of day like 06:00"),
                Duration.ofMinutes(every));
    }

    /** The same settings with the letter and hand-off folders of one creditor: a folder of its own inside each. */
    public RunSettings ofCreditor(String creditor) {
        return new RunSettings(smtp, sms, lettersDir.resolve(creditor), agencyDir.resolve(creditor),
                messagesDir == null ? null : messagesDir.resolve(creditor), templatesDir,
                referenceRates, retry, catchUpDays, retrainDays, serveAt, dispatchEvery);
    }

    /** The same settings with relative letter, hand-off and message folders placed under {@code dir}. */
    public RunSettings within(Path dir) {
        return new RunSettings(smtp, sms, dir.resolve(lettersDir), dir.resolve(agencyDir),
                messagesDir == null ? null : dir.resolve(messagesDir), templatesDir, referenceRates, retry,
                catchUpDays, retrainDays, serveAt, dispatchEvery);
    }

    /** The same settings with e-mails and SMS written as files into {@code dir} instead of sent. */
    public RunSettings writingMessagesTo(Path dir) {
        return new RunSettings(smtp, sms, lettersDir, agencyDir, dir, templatesDir, referenceRates, retry,
                catchUpDays, retrainDays, serveAt, dispatchEvery);
    }
}
