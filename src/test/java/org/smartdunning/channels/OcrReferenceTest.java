package org.smartdunning.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartdunning.history.InvoiceId;

class OcrReferenceTest {
    @Test
    void appendsTheLuhnCheckDigit() {
        // The textbook Luhn example: 7992739871 has check digit 3.
        assertThat(OcrReference.of(new InvoiceId("7992739871")).value()).isEqualTo("79927398713");
        assertThat(OcrReference.of(new InvoiceId("12345")).value()).isEqualTo("123455");
    }

    @Test
    void takesTheDigitsOfTheInvoiceId() {
        assertThat(OcrReference.of(new InvoiceId("INV-2025-004711")).value()).startsWith("2025004711").hasSize(11);
        assertThatThrownBy(() -> OcrReference.of(new InvoiceId("ABC"))).hasMessageContaining("ABC");
    }

    @Test
    void detectsMistypedReferences() {
        assertThat(OcrReference.isValid("79927398713")).isTrue();
        assertThat(OcrReference.isValid("79927398710")).isFalse();
        assertThat(OcrReference.isValid("79927398731")).isFalse(); // two digits swapped
        assertThat(OcrReference.isValid("7")).isFalse();
        assertThat(OcrReference.isValid("12a4")).isFalse();
        assertThatThrownBy(() -> new OcrReference("123456")).isInstanceOf(IllegalArgumentException.class);
    }
}
