package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;
import org.smartdunning.store.PostgresSchema;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * The kept reports on the real service and PostgreSQL: after a write, the KPI page and {@code GET /v1/kpis} answer at
 * once from the older report, say so ("refreshing", its stamp), and show the new figures once the background refresh
 * is done; a creditor whose refresh cannot go on does not hold up another's. A refresh is held back for certain (not
 * by timing) by a transaction of the test's own that locks one table the KPI facts are read from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRefreshIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final PostgresSchema schema = new PostgresSchema();
    private final EventBodies events = new EventBodies();
    Path temp;
    ApiFixture api;
    Tenant a;
    Tenant b;
    Map<String, byte[]> worldA;
    Map<String, byte[]> worldB;

    @BeforeAll
    void start() throws Exception {
        temp = Files.createTempDirectory("report-refresh-it-");
        WorldFolder.generate(temp.resolve("a"), WorldPresets.named(WorldPresets.DEFAULT), ApiContract.AS_OF, 21, 150);
        WorldFolder.generate(temp.resolve("b"), WorldPresets.named(WorldPresets.DEFAULT), ApiContract.AS_OF, 22, 120);
        worldA = FolderZips.files(temp.resolve("a"));
        worldB = FolderZips.files(temp.resolve("b"));
        api = new ApiFixture(schema.url(), temp);
        a = api.creditorWith("refresh-a", worldA);
        b = api.creditorWith("refresh-b", worldB);
    }

    @AfterAll
    void stop() throws Exception {
        if (api != null) {
            api.close();
        }
        schema.close();
        if (temp != null) {
            try (var walk = Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void afterAWriteThePagesAnswerFromTheOlderReportUntilTheNewerIsDoneAndOneCreditorDoesNotHoldUpAnother()
            throws Exception {
        String session = signIn(a);
        JsonNode before = kpis(a);
        assertThat(before.get("refreshing").asBoolean()).as("the first ask waits for its report").isFalse();
        assertThat(before.get("computed_at").asText()).isEqualTo(api.clock.instant().toString());
        String page = page(session);
        assertThat(page).contains("data-refreshing=\"false\"").contains("data-computed-at=\"" + api.clock.instant() + "\"")
                .doesNotContain("Refreshing:");
        api.clock.advance(Duration.ofMinutes(7));
        Instant later = api.clock.instant();
        JsonNode bBefore = kpis(b);

        try (Connection hold = DriverManager.getConnection(PostgresSchema.SERVER)) {
            hold.setAutoCommit(false);
            try (Statement lock = hold.createStatement()) {
                // a refresh of a's reports reads this table (the latest day of facts): it waits until the rollback
                lock.execute("LOCK TABLE " + schemaOf(a) + ".stage_runs IN ACCESS EXCLUSIVE MODE");
            }
            Reply written = a.api().post("/v1/events", inquiry(worldA, before.get("to").asText()).toString());
            assertThat(written.status()).as(written.toString()).isEqualTo(201);

            JsonNode stale = kpis(a);
            assertThat(stale.get("refreshing").asBoolean()).as("the facts moved, the newer report is not done").isTrue();
            assertThat(stale.get("facts_version").asText()).isEqualTo(before.get("facts_version").asText());
            assertThat(stale.get("computed_at").asText()).isEqualTo(before.get("computed_at").asText());
            assertThat(stale.get("rows")).as("the older figures").isEqualTo(before.get("rows"));
            String stalePage = page(session);
            assertThat(stalePage).contains("data-refreshing=\"true\"").contains("Refreshing:")
                    .contains("data-computed-at=\"" + before.get("computed_at").asText() + "\"");

            // b's write is worked out on the other thread while a's refresh waits on the lock
            Reply bWritten = b.api().post("/v1/events", inquiry(worldB, bBefore.get("to").asText()).toString());
            assertThat(bWritten.status()).as(bWritten.toString()).isEqualTo(201);
            JsonNode bAfter = await(b, r -> !r.get("refreshing").asBoolean()
                    && !r.get("facts_version").asText().equals(bBefore.get("facts_version").asText()));
            assertThat(bAfter.get("computed_at").asText()).isEqualTo(later.toString());
            assertThat(inquiries(bAfter)).as("b's new inquiry").isGreaterThan(inquiries(bBefore));
            assertThat(kpis(a).get("refreshing").asBoolean()).as("a's refresh still waits on the lock").isTrue();
            hold.rollback();
        }

        JsonNode after = await(a, r -> !r.get("refreshing").asBoolean());
        assertThat(after.get("facts_version").asText()).isNotEqualTo(before.get("facts_version").asText());
        assertThat(after.get("computed_at").asText()).isEqualTo(later.toString());
        assertThat(inquiries(after)).as("a's new inquiry").isGreaterThan(inquiries(before));
        assertThat(page(session)).contains("data-refreshing=\"false\"")
                .contains("data-facts-version=\"" + after.get("facts_version").asText() + "\"")
                .contains("data-computed-at=\"" + later + "\"").doesNotContain("Refreshing:");
    }

    /** An inquiry about the world's first invoice on the report's last day: the last month's inquiries go up. */
    private ObjectNode inquiry(Map<String, byte[]> world, String day) {
        byte[] invoices = world.get("history/invoices.csv");
        String invoice = FolderZips.column(invoices, "invoice_id").get(0);
        String customer = FolderZips.column(invoices, "customer_id").get(0);
        return events.event("invoice.inquiry", Map.of("customer_id", customer, "occurred_on", day,
                "invoice_id", invoice, "topic", "invoice"));
    }

    /** The last month's inquiries per 1,000 invoices. */
    private static double inquiries(JsonNode report) {
        JsonNode rows = report.get("rows");
        return rows.get(rows.size() - 1).get("values").get("inquiries_per1000").asDouble();
    }

    private JsonNode kpis(Tenant tenant) {
        Reply reply = tenant.api().get("/v1/kpis");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** Asks until the report satisfies {@code done}, for {@link #PATIENCE} at most. */
    private JsonNode await(Tenant tenant, Predicate<JsonNode> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode report = kpis(tenant);
        while (!done.test(report)) {
            assertThat(Instant.now()).as("the refresh of " + tenant.id() + " is done within " + PATIENCE)
                    .isBefore(deadline);
            Thread.sleep(50);
            report = kpis(tenant);
        }
        return report;
    }

    private String schemaOf(Tenant tenant) throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresSchema.SERVER);
             PreparedStatement find = connection.prepareStatement(
                     "SELECT schema_name FROM " + schema.name() + ".creditors WHERE creditor_id = ?")) {
            find.setString(1, tenant.id());
            try (ResultSet rs = find.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private String page(String session) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(url("/dashboard/kpis")).header("Cookie", session)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** Signs in through the form as a browser does; the session's cookie. */
    private String signIn(Tenant tenant) throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(url("/dashboard/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String formCookie = cookie(form, "__Host-dunning-sign-in");
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&key="
                + URLEncoder.encode(tenant.api().key(), StandardCharsets.UTF_8);
        HttpResponse<String> signed = HTTP.send(HttpRequest.newBuilder(url("/dashboard/sign-in"))
                .header("Cookie", "__Host-dunning-sign-in=" + formCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).isEqualTo(303);
        return "__Host-dunning-session=" + cookie(signed, "__Host-dunning-session");
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private URI url(String path) {
        return ApiFixture.base(api.server).resolve(path);
    }
}
