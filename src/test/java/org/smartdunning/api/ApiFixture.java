package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.bootstrap.RunSettings;
import org.smartdunning.bootstrap.Service;
import org.smartdunning.store.TestClock;
import org.smartdunning.bootstrap.WebhookSettings;
import org.smartdunning.config.Secret;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;

/**
 * The service and its API in-process on a store, as {@code dunning serve} starts them (the command's
 * default decision settings: seed 1), with a clock the test moves, and helpers to set up creditors.
 */
final class ApiFixture implements AutoCloseable {
    static final String ADMIN_KEY = "the-administrators-key-of-the-api-tests";
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    /** Small enough to test 413 cheaply, large enough for the bulk test's zipped folder. */
    static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    private static final AtomicInteger CREDITORS = new AtomicInteger();

    final TestClock clock = new TestClock(NOW);
    final Service service;
    final ApiServer server;
    final OpenApiDocument document;
    final ApiClient anonymous;
    final ApiClient admin;

    ApiFixture(String url, java.nio.file.Path dir) {
        service = Service.open(url, Secret.NONE, 4, Secret.of(ADMIN_KEY), decisions(),
                RunSettings.read(null).within(dir), WebhookSettings.DEFAULT.allowingLocalHttp(true), clock);
        server = ApiServer.start(service, settings(10_000));
        anonymous = new ApiClient(base(server), OpenApiDocument.fromBuild(), null);
        // the document the server serves is the one every answer is checked against
        String served = anonymous.get("/openapi.json").body();
        document = new OpenApiDocument(served);
        admin = new ApiClient(base(server), document, ADMIN_KEY);
    }

    /** The serve command's defaults: seed 1, exploration scale 1, the default cold start. */
    static DecisionSettings decisions() {
        return new DecisionSettings(1, new Exploration(1, 1), new ColdStartExploration(
                ColdStartExploration.DEFAULT_SHARE, ColdStartExploration.DEFAULT_MIN_LOGGED, 1));
    }

    static ApiSettings settings(int requestsPerSecond) {
        return new ApiSettings("127.0.0.1", 0, MAX_REQUEST_BYTES, requestsPerSecond, requestsPerSecond);
    }

    static URI base(ApiServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A creditor registered by the administrator, with a key of its own. */
    record Tenant(String id, String keyId, ApiClient api) {
    }

    Tenant creditor(String name) {
        String id = name + "-" + CREDITORS.incrementAndGet();
        ApiClient.Reply created = admin.post("/v1/creditors", "{\"creditor_id\":\"" + id + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiClient.Reply key = admin.post("/v1/creditors/" + id + "/keys", "{\"label\":\"api tests\"}");
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return new Tenant(id, key.json().get("key_id").asText(), admin.as(key.json().get("key").asText()));
    }

    /** A new creditor with {@code files} (a contract folder's, by path) imported through the bulk upload. */
    Tenant creditorWith(String name, java.util.Map<String, byte[]> files) {
        Tenant tenant = creditor(name);
        ApiClient.Reply reply = tenant.api().post("/v1/events/bulk", FolderZips.zip(files), "application/zip",
                ApiClient.newKey());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return tenant;
    }

    @Override
    public void close() {
        server.close();
        service.close();
    }
}
