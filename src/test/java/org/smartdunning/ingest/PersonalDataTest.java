package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksEmailPhoneAndOtherPersonalValuesKeepingTheirShape() {
        assertThat(PersonalData.mask("anna@example.org")).isEqualTo("a***@e***.org");
        assertThat(PersonalData.mask("+46701234567")).isEqualTo("+4670*****67");
        assertThat(PersonalData.mask("070-123 45 67")).isEqualTo("070-1******67");
        assertThat(PersonalData.mask("111 22")).isEqualTo("1***");
        // a header injected after the address shows neither the line break nor the second address
        assertThat(PersonalData.mask("anna@example.com\r\nBcc: all@evil.org")).isEqualTo("a***@e***.org");
    }

    @Test
    void hidesPersonalValuesOfContactColumnsAndPersonalShapesAnywhere() {
        assertThat(PersonalData.hide("not a postal code: '111 22'", "postal_code", "111 22"))
                .isEqualTo("not a postal code: '1***'");
        assertThat(PersonalData.hide("not a year (4 digits): '+46701234567'", "birth_year", "+46701234567"))
                .isEqualTo("not a year (4 digits): '+4670*****67'");
        assertThat(PersonalData.hide("unknown customer_id 'anna@example.org'", "customer_id", "anna@example.org"))
                .isEqualTo("unknown customer_id 'a***@e***.org'");
        assertThat(PersonalData.hide("not a date (YYYY-MM-DD): '+A46+46701234567'", "as_of", "+A46+46701234567"))
                .isEqualTo("not a date (YYYY-MM-DD): '+A46+*********67'");
        // a phone number inside other text (found by fuzzing as_of)
        assertThat(PersonalData.hide("not a date (YYYY-MM-DD): '\u000b+46701234567-05-01'", "as_of",
                "\u000b+46701234567-05-01")).isEqualTo("not a date (YYYY-MM-DD): '\u000b+467************01'");
    }

    @Test
    void leavesValuesThatAreNotPersonalAsTheyAre() {
        assertThat(PersonalData.hide("not a date (YYYY-MM-DD): '15.02.2024'", "due_on", "15.02.2024"))
                .isEqualTo("not a date (YYYY-MM-DD): '15.02.2024'");
        assertThat(PersonalData.hide("not a decimal number: '12,50'", "amount", "12,50"))
                .isEqualTo("not a decimal number: '12,50'");
        assertThat(PersonalData.hide("duplicate invoice_id 'INV1234567'", "invoice_id", "INV1234567"))
                .isEqualTo("duplicate invoice_id 'INV1234567'");
    }
}
