package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.api.ApiServer;
import org.smartdunning.api.ApiSettings;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.simulate.SimulationListener;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CreditorId;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;
import org.smartdunning.world.WorldPresets;

/**
 * The first look ({@code serve --demo}) on a small world: the setup the command runs, then the API
 * started as {@code serve} starts it, asked over HTTP with the key the setup issued.
 */
class FirstLookIT {
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    /** Long enough that the first invoices are due and dunned: the world's customers join shortly before the first day. */
    private static final int DAYS = 75;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void aSimulatedCreditorWithMonthsOfRunsAnswersTheApiAndTheDashboard() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DecisionSettings deciding = new DecisionSettings(1, new Exploration(1, 1), new ColdStartExploration(
                ColdStartExploration.DEFAULT_SHARE, ColdStartExploration.DEFAULT_MIN_LOGGED, 1));
        RunSettings settings = RunSettings.read(null).within(temp).writingMessagesTo(temp.resolve("messages"));
        List<LocalDate> days = new ArrayList<>();
        SimulationListener progress = new SimulationListener() {
            @Override
            public void planned(LocalDate day, org.smartdunning.workflow.DailyPlan plan, double seconds) {
                days.add(day);
            }
        };
        try (Service service = Service.open("jdbc:duckdb:" + temp.resolve("first-look.duckdb"), Secret.NONE, 4,
                Secret.of("the-administrators-key-of-the-first-look"), deciding, settings, WebhookSettings.DEFAULT, clock);
             ApiServer server = ApiServer.start(service, new ApiSettings("127.0.0.1", 0, 1 << 20, 1000, 1000))) {
            FirstLook.Ready ready = new FirstLook(service).setUp(new FirstLook.Plan(new CreditorId("first-look"),
                    Files.readString(Path.of("examples/workflows/se-telecom.yaml")),
                    WorldPresets.named(WorldPresets.DEFAULT), 300, DAYS), progress, new TrainListener() { });

            assertThat(ready.to()).isEqualTo(LocalDate.of(2026, 5, 31));
            assertThat(ready.from()).isEqualTo(ready.to().minusDays(DAYS - 1));
            assertThat(days).hasSize(DAYS).startsWith(ready.from()).endsWith(ready.to());
            assertThat(ready.simulated().invoices()).isPositive();
            String base = "http://127.0.0.1:" + server.port();
            String key = ready.key().text();

            JsonNode kpis = get(base + "/v1/kpis?from=" + ready.from() + "&to=" + ready.to(), key);
            List<String> monthsWithInvoices = new ArrayList<>();
            int reminders = 0;
            for (JsonNode row : kpis.get("rows")) {
                JsonNode values = row.get("values");
                if (values.get("invoices_due").asInt() > 0) {
                    monthsWithInvoices.add(row.get("from").asText());
                }
                reminders += values.get("sms_reminders").asInt() + values.get("email_reminders").asInt()
                        + values.get("letter_reminders").asInt();
            }
            assertThat(monthsWithInvoices).as(kpis.toString()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(reminders).as("reminders sent in the simulated months: " + kpis).isPositive();

            JsonNode runs = get(base + "/v1/runs?limit=500", key);
            assertThat(runs.get("items")).hasSize(DAYS);
            List<String> runDays = new ArrayList<>();
            int sent = 0;
            for (JsonNode r : runs.get("items")) {
                assertThat(r.get("trigger").asText()).isEqualTo("simulation");
                assertThat(r.get("status").asText()).isEqualTo("done");
                runDays.add(r.get("day").asText());
                sent += r.get("sent").asInt();
            }
            assertThat(runDays).contains(ready.from().toString(), ready.to().toString());
            assertThat(sent).as("messages the simulated runs sent (to files)").isPositive();
            assertThat(temp.resolve("messages/first-look")).isDirectory();

            HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/sign-in"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("<form");
        }
    }

    private static JsonNode get(String url, String key) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(url + ": " + reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
