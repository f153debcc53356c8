package org.smartdunning.channels.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartdunning.channels.Creditor;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.SampleMessages;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

class MessageTemplatesTest {
    static final List<String> TEMPLATES = List.of("friendly", "nudge", "reminder", "final-notice", "collection");
    static final List<String> LANGUAGES = List.of("sv", "nb", "de", "en");

    private final MessageTemplates bundled = MessageTemplates.bundled();

    static List<Arguments> everyTemplateAndLanguage() {
        return TEMPLATES.stream().flatMap(t -> LANGUAGES.stream().map(l -> Arguments.of(t, l))).toList();
    }

    private static Rendered render(MessageTemplates templates, String template, String language, DunningAction action) {
        return templates.render(template, language, action, SampleMessages.notice(language),
                SampleMessages.recipient(language));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTemplateAndLanguage")
    void everyBundledEmailTemplateHasASubjectAndStatesTheClaim(String template, String language) {
        Rendered r = render(bundled, template, language, DunningAction.EMAIL);
        Notice notice = SampleMessages.notice(language);
        assertThat(r.language()).isEqualTo(language);
        assertThat(r.fellBack()).isFalse();
        assertThat(r.source()).isEqualTo("classpath:templates/" + template + "/" + language + ".mustache");
        assertThat(r.subject()).isNotBlank().contains(SampleMessages.INVOICE).doesNotContain("{{", "\n");
        assertThat(r.body()).contains(SampleMessages.INVOICE, notice.creditor().name())
                .doesNotContain("{{", "}}").doesNotStartWith("\n").doesNotContain("\n\n\n");
        assertThat(r.body().lines()).noneMatch(line -> line.startsWith("Subject:"));
        if (!template.equals("collection")) {
            assertThat(r.body()).contains(notice.reference());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTemplateAndLanguage")
    void everyBundledSmsFitsOneMessageWithTypicalValues(String template, String language) {
        Rendered r = render(bundled, template, language, DunningAction.SMS);
        assertThat(r.subject()).isEmpty();
        assertThat(r.source()).endsWith(template + "/" + language + ".sms.mustache");
        assertThat(r.body()).contains(SampleMessages.INVOICE).doesNotContain("{{").doesNotContain("\n");
        int septets = Gsm7.septets(r.body());
        assertThat(septets).as("GSM 03.38 septets of: %s", r.body()).isBetween(1, 160);
    }

    @Test
    void amountsAndDatesAreWrittenInTheMessagesLanguage() {
        Rendered sv = render(bundled, "reminder", "sv", DunningAction.EMAIL);
        assertThat(sv.body()).contains("Förfallet belopp: 1 234,50 kr", "Påminnelseavgift: 60,00 kr",
                "Dröjsmålsränta: 12,34 kr", "Att betala: 1 306,84 kr", "senast 2025-03-31", "förföll 2025-03-03")
                .doesNotContain("Förseningsersättning");
        Rendered de = render(bundled, "reminder", "de", DunningAction.EMAIL);
        assertThat(de.body()).contains("Offener Betrag: 1.234,50 €", "Verzugspauschale: 40,00 €",
                "Gesamtbetrag: 1.346,84 €", "bis zum 31.03.2025");
        Rendered en = render(bundled, "final-notice", "en", DunningAction.EMAIL);
        assertThat(en.body()).contains("Please pay SEK 1,306.84 by 31 March 2025");
    }

    @Test
    void lettersLeaveTheAmountsToTheirTableAndEmailsListThem() {
        Rendered letter = render(bundled, "reminder", "sv", DunningAction.LETTER);
        Rendered email = render(bundled, "reminder", "sv", DunningAction.EMAIL);
        assertThat(letter.subject()).isEqualTo(email.subject());
        assertThat(letter.body()).doesNotContain("Påminnelseavgift").contains("Betala 1 306,84 kr senast 2025-03-31");
        assertThat(email.body()).contains("Påminnelseavgift: 60,00 kr");
    }

    @Test
    void feeLinesOnlyWhenThereIsAFee() {
        Notice plain = withFees(SampleMessages.notice("en"), Money.ZERO, Money.ZERO);
        Rendered r = bundled.render("reminder", "en", DunningAction.EMAIL, plain, SampleMessages.recipient("en"));
        assertThat(r.body()).doesNotContain("Reminder fee", "interest", "Total to pay")
                .contains("Please pay SEK 1,234.50 by");
    }

    @Test
    void missingContactDetailsLeaveNoEmptyLabels() {
        Notice notice = SampleMessages.notice("sv");
        Creditor bare = new Creditor("Nordtele AB", "", "", "BG 5050-1055", "", "");
        Notice anonymous = new Notice(bare, notice.invoiceId(), notice.currency(), notice.amountDue(), notice.fee(),
                notice.interest(), notice.compensation(), notice.dueOn(), notice.issuedOn(), notice.payBy(),
                notice.reference(), notice.stage(), notice.template(), notice.tone());
        Rendered r = bundled.render("reminder", "sv", DunningAction.EMAIL, anonymous, SampleMessages.recipient("sv"));
        assertThat(r.body()).doesNotContain("Telefon", "E-post").endsWith("Med vänliga hälsningar\nNordtele AB");
    }

    @Test
    void creditorFilesOverrideBundledOnesOneByOne(@TempDir Path dir) throws IOException {
        write(dir.resolve("reminder/sv.mustache"), "Subject: Betala nu, {{customerId}}\n\nAtt betala: {{total}}\n");
        MessageTemplates templates = new MessageTemplates(dir, "sv");

        Rendered overridden = render(templates, "reminder", "sv", DunningAction.EMAIL);
        assertThat(overridden.subject()).isEqualTo("Betala nu, C-1001");
        assertThat(overridden.body()).isEqualTo("Att betala: 1 306,84 kr");
        assertThat(overridden.source()).isEqualTo(dir.resolve("reminder/sv.mustache").toString());

        assertThat(render(templates, "reminder", "sv", DunningAction.SMS).source()).startsWith("classpath:");
        assertThat(render(templates, "reminder", "en", DunningAction.EMAIL).source()).startsWith("classpath:");
        assertThat(render(templates, "friendly", "sv", DunningAction.EMAIL).source()).startsWith("classpath:");
    }

    @Test
    void aCreditorMayAddTemplatesAndLanguages(@TempDir Path dir) throws IOException {
        write(dir.resolve("payment-plan/fi.sms.mustache"), "{{creditor.name}}: lasku {{invoiceId}}, {{total}}\n");
        Rendered r = new MessageTemplates(dir, "sv").render("payment-plan", "fi", DunningAction.SMS,
                SampleMessages.notice("en"), SampleMessages.recipient("en"));
        assertThat(r.fellBack()).isFalse();
        assertThat(r.body()).isEqualTo("Nordtele AB: lasku INV-2025-004711, SEK 1,306.84");
    }

    @Test
    void aMissingLanguageFallsBackToTheWorkflowsThenEnglishAndSaysSo() {
        Rendered toWorkflow = new MessageTemplates(null, "sv").render("reminder", "fi", DunningAction.EMAIL,
                SampleMessages.notice("sv"), SampleMessages.recipient("sv"));
        assertThat(toWorkflow.language()).isEqualTo("sv");
        assertThat(toWorkflow.fellBack()).isTrue();
        assertThat(toWorkflow.fallback()).contains("'fi'", "'sv'", "reminder");
        assertThat(toWorkflow.subject()).startsWith("Påminnelse");

        Rendered toEnglish = new MessageTemplates(null, "pl").render("reminder", "fi", DunningAction.SMS,
                SampleMessages.notice("en"), SampleMessages.recipient("en"));
        assertThat(toEnglish.language()).isEqualTo("en");
        assertThat(toEnglish.fallback()).contains("'fi'", "'en'");

        Rendered unknown = bundled.render("reminder", "", DunningAction.EMAIL, SampleMessages.notice("en"),
                SampleMessages.recipient("en"));
        assertThat(unknown.language()).isEqualTo("en");
        assertThat(unknown.fellBack()).isTrue();
        assertThat(unknown.fallback()).startsWith("language unknown; used 'en'");
    }

    @Test
    void regionalAndNorwegianCodesFindTheirTemplates() {
        assertThat(render(bundled, "reminder", "sv-SE", DunningAction.EMAIL).language()).isEqualTo("sv");
        assertThat(render(bundled, "reminder", "no", DunningAction.EMAIL).language()).isEqualTo("nb");
        assertThat(render(bundled, "reminder", "no", DunningAction.EMAIL).fellBack()).isFalse();
    }

    @Test
    void aMissingTemplateNamesTheTemplateAndTheFoldersSearched(@TempDir Path dir) {
        assertThatThrownBy(() -> render(new MessageTemplates(dir, "sv"), "remindr", "de", DunningAction.EMAIL))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'remindr'")
                .hasMessageContaining("de.mustache, sv.mustache, en.mustache")
                .hasMessageContaining(dir.resolve("remindr").toString())
                .hasMessageContaining("classpath:templates/remindr/");
        assertThatThrownBy(() -> render(bundled, "../etc", "en", DunningAction.EMAIL))
                .isInstanceOf(TemplateException.class).hasMessageContaining("template name");
    }

    @Test
    void aMisspeltVariableFailsWithTheFileAndLine(@TempDir Path dir) throws IOException {
        write(dir.resolve("reminder/en.mustache"), "Subject: Hi\n\nline one\nPay {{totl}} now\n");
        assertThatThrownBy(() -> render(new MessageTemplates(dir, "en"), "reminder", "en", DunningAction.EMAIL))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(dir.resolve("reminder/en.mustache").toString())
                .hasMessageContaining("totl");
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted(@TempDir Path dir) throws IOException {
        write(dir.resolve("nudge/en.mustache"), "\uFEFFSubject: Due {{dueOn}}\r\n\r\nPay {{total}}.\r\nThanks\r\n");
        Rendered r = render(new MessageTemplates(dir, "en"), "nudge", "en", DunningAction.LETTER);
        assertThat(r.subject()).isEqualTo("Due 3 March 2025");
        assertThat(r.body()).isEqualTo("Pay SEK 1,306.84.\nThanks");
    }

    @Test
    void plainTextIsNotHtmlEscaped() {
        Notice notice = SampleMessages.notice("en");
        Notice ampersand = new Notice(new Creditor("Smith & Sons <Ltd>", "", "", "1234", "", ""), notice.invoiceId(),
                notice.currency(), notice.amountDue(), notice.fee(), notice.interest(), notice.compensation(),
                notice.dueOn(), notice.issuedOn(), notice.payBy(), notice.reference(), notice.stage(),
                notice.template(), notice.tone());
        Rendered r = bundled.render("collection", "en", DunningAction.SMS, ampersand, SampleMessages.recipient("en"));
        assertThat(r.body()).startsWith("Smith & Sons <Ltd>:");
    }

    @Test
    void theRenderedTextBecomesAnOutboxMessage() {
        Rendered r = render(bundled, "reminder", "sv", DunningAction.EMAIL);
        var message = r.toMessage("k-1", DunningAction.EMAIL, SampleMessages.recipient("sv"),
                SampleMessages.notice("sv"));
        assertThat(message.subject()).isEqualTo(r.subject());
        assertThat(message.body()).isEqualTo(r.body());
        assertThat(message.key()).isEqualTo("k-1");
    }

    private static Notice withFees(Notice n, Money fee, Money interest) {
        return new Notice(n.creditor(), n.invoiceId(), n.currency(), n.amountDue(), fee, interest, Money.ZERO,
                n.dueOn(), n.issuedOn(), n.payBy(), n.reference(), n.stage(), n.template(), n.tone());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
