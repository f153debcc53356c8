package org.smartdunning.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which URLs may receive webhooks. */
class WebhookUrlRuleTest {
    final WebhookUrlRule strict = new WebhookUrlRule(false);
    final WebhookUrlRule local = new WebhookUrlRule(true);

    @Test
    void httpsToAPublicHostIsAccepted() {
        assertThat(strict.problem("https://hooks.example.com/dunning?tenant=4")).isEmpty();
        assertThat(strict.problem("https://203.0.113.7:8443/x")).isEmpty();
    }

    @Test
    void plainHttpOnlyToThisMachineAndOnlyWhenAllowed() {
        assertThat(strict.problem("http://hooks.example.com/x")).contains("must use https");
        assertThat(strict.problem("http://127.0.0.1:8080/x")).contains("must use https");
        assertThat(local.problem("http://127.0.0.1:8080/x")).isEmpty();
        assertThat(local.problem("http://localhost:8080/x")).isEmpty();
        assertThat(local.problem("http://[::1]:8080/x")).isEmpty();
        assertThat(local.problem("http://hooks.example.com/x")).get().asString().contains("only for 127.0.0.1");
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefused() {
        for (String url : new String[] {"https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x",
            "https://172.20.0.1/x", "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data",
            "https://[fd00::1]/x", "https://[::1]/x", "https://0.0.0.0/x"}) {
            assertThat(strict.problem(url)).as(url).isPresent();
        }
    }

    @Test
    void otherMalformedUrlsAreRefusedWithAReason() {
        assertThat(strict.problem(null)).contains("a URL is required");
        assertThat(strict.problem("")).contains("a URL is required");
        assertThat(strict.problem("ftp://example.com/x")).contains("must use https");
        assertThat(strict.problem("/relative")).isPresent();
        assertThat(strict.problem("https://user:pw@example.com/x")).contains("must not carry a user name or password");
        assertThat(strict.problem("https://example.com/x#frag")).isPresent();
        assertThat(strict.problem("https://exa mple.com/")).get().asString().startsWith("not a URL");
        assertThat(strict.problem("https://example.com/" + "a".repeat(2000))).isPresent();
    }
}
