package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactFieldsTest {

    @Test
    void readsNationalFormatsInTheCustomersCountryAndWritesE164() {
        assertThat(ContactFields.phone("070-123 45 67", "SE")).isEqualTo("+46701234567");
        assertThat(ContactFields.phone("+46 70 123 45 67", "SE")).isEqualTo("+46701234567");
        assertThat(ContactFields.phone("412 34 567", "NO")).isEqualTo("+4741234567");
        assertThat(ContactFields.phone("0151 12345678", "DE")).isEqualTo("+4915112345678");
        // a customer abroad, written with the calling code, keeps that country's number
        assertThat(ContactFields.phone("+4915112345678", "SE")).isEqualTo("+4915112345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+46701234567", "+4741234567", "+4915112345678", "+390612345678", "+3906123456789",
        "+12015550123", "+79123456789", "+80012345678", "+441234", "+46700000000000", "+9991234567", "+4670123456"})
    void takesNumbersAlreadyInE164AsTheFullParseDoes(String number) {
        String viaParse;
        try {
            var util = PhoneNumberUtil.getInstance();
            var parsed = util.parse(number, "ZZ");
            viaParse = util.isValidNumber(parsed) ? util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            viaParse = null;
        }
        if (viaParse == null) {
            assertThatThrownBy(() -> ContactFields.phone(number, "SE")).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(ContactFields.phone(number, "SE")).isEqualTo(viaParse);
        }
    }

    @Test
    void refusesNumbersNoCountryHasWithoutRepeatingThem() {
        assertThatThrownBy(() -> ContactFields.phone("070-123 45", "SE"))
                .hasMessage("not a valid phone number of SE");
        assertThatThrownBy(() -> ContactFields.phone("+49151123", "SE"))
                .hasMessage("not a valid phone number of DE (written with its calling code)");
        assertThatThrownBy(() -> ContactFields.phone("n/a", "SE"))
                .hasMessage("not a phone number of SE nor international (+...): not a number");
    }

    @Test
    void acceptsDeliverableAddressesOnly() {
        assertThat(ContactFields.email("anna.lund+bills@example.se")).isEqualTo("anna.lund+bills@example.se");
        assertThatThrownBy(() -> ContactFields.email("x(at)gmail")).hasMessageStartingWith("not a valid e-mail address");
        assertThatThrownBy(() -> ContactFields.email("x@gmail")).hasMessageStartingWith("not a valid e-mail address");
        assertThatThrownBy(() -> ContactFields.email("anna@example.com\r\nBcc: all@example.com"))
                .hasMessage("not a valid e-mail address (invalid whitespace)");
        assertThatThrownBy(() -> ContactFields.email("Anna <anna@example.com>"))
                .hasMessageStartingWith("not a valid e-mail address");
        assertThatThrownBy(() -> ContactFields.email("anna(home)@example.com"))
                .hasMessageStartingWith("not a valid e-mail address");
        assertThatThrownBy(() -> ContactFields.email("anna@[192.168.0.1]"))
                .hasMessageStartingWith("not a valid e-mail address");
    }
}
