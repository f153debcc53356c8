package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.PostgresSchema;

/** The API test suite on PostgreSQL, in a fresh schema (and its creditors' schemas), dropped after. */
class PostgresApiIT extends ApiContract {
    private final PostgresSchema schema = new PostgresSchema();

    @Override
    String url(Path temp) {
        return schema.url();
    }

    @Override
    void dropStore() throws Exception {
        schema.close();
    }

    /** A command line holding the creditor (PostgreSQL's session lock; the embedded store is one process's whole). */
    @Test
    void workOnACreditorAnotherCommandHoldsAnswers409AndItsKeyMayBeRetried() {
        Tenant tenant = api.creditor("busy");
        try (Database command = Database.open(schema.url(), new CreditorId(tenant.id())).claimFor("nightly-export")) {
            for (String path : new String[] {"/v1/models", "/v1/runs"}) {
                Reply busy = tenant.api().post(path, "", "busy-" + path);
                assertThat(busy.status()).as(busy.toString()).isEqualTo(409);
                assertThat(busy.json().get("detail").asText()).doesNotContain("process").doesNotContain("nightly-export");
            }
        }
        Reply retried = tenant.api().post("/v1/runs", "", "busy-/v1/runs");
        assertThat(retried.header("Idempotent-Replayed")).as("a busy answer is not kept").isNull();
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.json().get("detail").asText()).contains("no workflow");
    }
}
