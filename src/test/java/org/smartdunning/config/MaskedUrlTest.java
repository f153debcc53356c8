package org.smartdunning.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedUrlTest {
    @Test
    void masksThePasswordOfUserInfo() {
        assertThat(MaskedUrl.mask("jdbc:postgresql://dunning:Pw0rd@db.example.com:5432/prod"))
                .isEqualTo("jdbc:postgresql://dunning:***@db.example.com:5432/prod");
        assertThat(MaskedUrl.mask("https://user:p@ss:w0rd@sms.example.com/v1/messages"))
                .isEqualTo("https://user:***@sms.example.com/v1/messages");
        assertThat(MaskedUrl.mask("cannot reach ftp://u:x@host and https://a:b@c/d"))
                .isEqualTo("cannot reach ftp://u:***@host and https://a:***@c/d");
        assertThat(MaskedUrl.mask("UnknownHostException: alice:Pw0rd@127.0.0.1"))
                .isEqualTo("UnknownHostException: alice:***@127.0.0.1");
        assertThat(MaskedUrl.mask("http://host:8080/path@x")).isEqualTo("http://host:8080/path@x");
        // what stands before the @ of a scheme without // is masked as well: no harm, it is personal
        assertThat(MaskedUrl.mask("mailto:someone@example.com")).isEqualTo("mailto:***@example.com");
    }

    @Test
    void masksSecretParameters() {
        assertThat(MaskedUrl.mask("jdbc:postgresql://h/db?user=u&password=Pw0rd&currentSchema=s"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&currentSchema=s");
        assertThat(MaskedUrl.mask("https://sms.example.com/send?access_token=abc123&to=1&api_key=k&sslpassword=z"))
                .isEqualTo("https://sms.example.com/send?access_token=***&to=1&api_key=***&sslpassword=***");
    }

    @Test
    void leavesEverythingElseAlone() {
        for (String plain : new String[] {"jdbc:duckdb:dunning.duckdb", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            "https://sms.example.com/v1/messages", "twenty-five", ""}) {
            assertThat(MaskedUrl.mask(plain)).isEqualTo(plain);
        }
        assertThat(MaskedUrl.mask(null)).isNull();
    }
}
