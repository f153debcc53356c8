package org.smartdunning.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.FeatureSchema;

class FactPhrasesTest {

    static InvoiceFeatures features() {
        CreditorHistory h = FeatureExtractorTest.record().build();
        return new FeatureExtractor(h).extract(h.invoice(new InvoiceId("OPEN")), FeatureExtractorTest.D);
    }

    @Test
    void saysTheCustomersOwnFactsInPlainWords() {
        InvoiceFeatures f = features();
        assertThat(FactPhrases.of("on_time_share", f)).isEqualTo("paid 9 of 12 invoices on time");
        assertThat(FactPhrases.of("earlier_invoices", f)).isEqualTo("paid 9 of 12 invoices on time");
        assertThat(FactPhrases.of("mean_days_late", f)).isEqualTo("paid late 2 times, 13 days on average");
        assertThat(FactPhrases.of("earlier_sms_paid_share", f)).isEqualTo("paid after 1 of 1 earlier SMS");
        assertThat(FactPhrases.of("earlier_letter_taken", f)).isEqualTo("no earlier letter");
        assertThat(FactPhrases.of("unpaid_now", f)).isEqualTo("1 other invoice unpaid");
        assertThat(FactPhrases.of("has_phone", f)).isEqualTo("no phone");
        assertThat(FactPhrases.of("last_action_sms", f)).isEqualTo("last dunned 181 days ago (SMS)");
        assertThat(FactPhrases.of("pays_by_e_invoice", f)).isEqualTo("pays by e invoice");
    }

    @Test
    void everyModelFeatureHasAPhraseOrIsDeliberatelySilent() {
        InvoiceFeatures f = features();
        for (String feature : FeatureSchema.names()) {
            String phrase = FactPhrases.of(feature, f);
            if (!feature.equals("subscription") && !feature.equals("days_overdue")) {
                assertThat(phrase).as(feature).isNotBlank();
            }
        }
    }
}
