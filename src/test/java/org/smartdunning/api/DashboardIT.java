package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * The dashboard in a real headless Chromium against the real service on DuckDB, with two creditors
 * that each imported a generated world: sign-in and its cookie, every page's figures against the
 * API's, the keyboard, a 360 px window, another creditor's invoice, CSRF, and the log. Screenshots of
 * every page go to {@code target/dashboard-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final LocalDate AS_OF = ApiContract.AS_OF;
    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    Path temp;
    LogCapture logs;
    ApiFixture api;
    Tenant a;
    Tenant b;
    Map<String, byte[]> worldA;
    Map<String, byte[]> worldB;
    String invoice;
    long holdId;
    HeadlessChromium chromium;

    @BeforeAll
    void start() throws Exception {
        if (System.getenv("CI") != null) { // CI installs the browser (.ci/run): there, a missing one fails
            assertThat(HeadlessChromium.installed()).as("chromium and chromedriver in /usr/bin").isTrue();
        }
        assumeTrue(HeadlessChromium.installed(), "apt-get install -y chromium chromium-driver (see .ci/run)");
        logs = LogCapture.start();
        temp = Files.createTempDirectory("dashboard-it-");
        WorldFolder.generate(temp.resolve("a"), WorldPresets.named(WorldPresets.DEFAULT), AS_OF, 11, 150);
        WorldFolder.generate(temp.resolve("b"), WorldPresets.named(WorldPresets.DEFAULT), AS_OF, 12, 200);
        worldA = FolderZips.files(temp.resolve("a"));
        worldB = FolderZips.files(temp.resolve("b"));
        api = new ApiFixture("jdbc:duckdb:" + temp.resolve("dashboard.duckdb"), temp);
        a = api.creditorWith("dash-a", worldA);
        b = api.creditorWith("dash-b", worldB);
        invoice = FolderZips.column(worldA.get("batch.csv"), "invoice_id").get(0);
        assertThat(a.api().put("/v1/workflow", EngineApiContract.telecomWorkflow(), "application/yaml").status())
                .isEqualTo(201);
        Reply hold = a.api().post("/v1/holds", "{\"scope\":\"invoice\",\"target_id\":\""
                + FolderZips.column(worldA.get("batch.csv"), "invoice_id").get(1) + "\",\"reason\":\"dispute\","
                + "\"note\":\"customer disputes the roaming charge\"}");
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        holdId = hold.json().get("hold_id").asLong();
        Reply trained = a.api().post("/v1/models", "");
        assertThat(trained.status()).as(trained.toString()).isEqualTo(201);
        Reply run = a.api().post("/v1/runs", "{\"day\":\"" + AS_OF + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        chromium = new HeadlessChromium();
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (api != null) {
            api.close();
        }
        if (logs != null) {
            logs.close();
        }
        if (temp != null) {
            try (var walk = Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    String url(String path) {
        return ApiFixture.base(api.server).resolve(path).toString();
    }

    @Test
    @Order(1)
    void signInRefusesUnknownAndAdministratorKeysAndSendsAStrictCookie() throws Exception {
        chromium.driver.get(url("/dashboard/kpis"));
        assertThat(chromium.driver.getCurrentUrl()).as("not signed in").endsWith("/dashboard/sign-in");
        signIn("sd_not-a-key");
        assertThat(chromium.driver.findElement(By.id("sign-in-problem")).getText()).contains("unknown or revoked");
        signIn(ApiFixture.ADMIN_KEY);
        assertThat(chromium.driver.findElement(By.id("sign-in-problem")).getText()).contains("administrator");

        HttpResponse<String> form = http("/dashboard/sign-in", null);
        assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'");
        String formCookie = cookie(form, "__Host-dunning-sign-in");
        String token = hidden(form.body(), "csrf");
        HttpResponse<String> forged = post("/dashboard/sign-in", "__Host-dunning-sign-in=" + formCookie,
                Map.of("csrf", "forged", "key", a.api().key()));
        assertThat(forged.statusCode()).as("a sign-in from another site's form").isEqualTo(403);
        HttpResponse<String> signed = post("/dashboard/sign-in", "__Host-dunning-sign-in=" + formCookie,
                Map.of("csrf", token, "key", a.api().key()));
        assertThat(signed.statusCode()).isEqualTo(303);
        String setCookie = signed.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-dunning-session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/");
        String session = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> signOut = post("/dashboard/sign-out", session, Map.of("csrf", "forged"));
        assertThat(signOut.statusCode()).as("a sign-out without the session's token").isEqualTo(403);
        assertThat(http("/dashboard/kpis", session).statusCode()).as("still signed in").isEqualTo(200);

        signIn(a.api().key());
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/dashboard/kpis");
        assertThat(chromium.driver.findElement(By.cssSelector(".creditor")).getText()).contains(a.id());
    }

    @Test
    @Order(2)
    void kpiPageShowsTheKpiApisFiguresAndDrawsThem() {
        JsonNode report = a.api().get("/v1/kpis?by=month,arm").json();
        chromium.driver.get(url("/dashboard/kpis"));
        screenshots("kpis");
        int totals = 0;
        Set<String> arms = new HashSet<>();
        for (JsonNode row : report.get("rows")) {
            String month = row.get("from").asText().substring(0, 7);
            JsonNode v = row.get("values");
            if (!row.get("group").asText().equals("all")) {
                arms.add(row.get("group").asText());
                assertThat(cell("kpi-arm-paid", month, row.get("group").asText())).as(month + " " + row.get("group"))
                        .isEqualTo(number(v.get("paid_on_time_share")));
                assertThat(cell("kpi-arm-due", month, row.get("group").asText()))
                        .isEqualTo(number(v.get("invoices_due")));
                continue;
            }
            totals++;
            assertThat(cell("kpi-paid", month, "Paid on time")).as(month).isEqualTo(number(v.get("paid_on_time_share")));
            assertThat(cell("kpi-paid", month, "Paid within " + report.get("horizon_days").asInt() + " days"))
                    .isEqualTo(number(v.get("paid_within_horizon_share")));
            assertThat(cell("kpi-reminders", month, "SMS")).isEqualTo(number(v.get("sms_reminders")));
            assertThat(cell("kpi-reminders", month, "E-mail")).isEqualTo(number(v.get("email_reminders")));
            assertThat(cell("kpi-reminders", month, "Letter")).isEqualTo(number(v.get("letter_reminders")));
            assertThat(cell("kpi-reminders", month, "Collection cases")).isEqualTo(number(v.get("collection_cases")));
            assertThat(cell("kpi-inquiries", month, "Inquiries per 1,000")).isEqualTo(number(v.get("inquiries_per1000")));
            assertThat(cell("kpi-churn", month, "Churned customers")).isEqualTo(number(v.get("churned_customers")));
            assertThat(cell("kpi-clv", month, "Average CLV")).isEqualTo(number(v.get("average_clv")));
            assertThat(cell("kpi-cash", month, "Cash recovered")).isEqualTo(number(v.get("cash_recovered")));
            assertThat(cell("kpi-cash", month, "Cost of dunning")).isEqualTo(number(v.get("dunning_cost")));
            assertThat(cell("kpi-cash", month, "Fee income")).isEqualTo(number(v.get("fee_income")));
        }
        assertThat(totals).as("twelve months").isEqualTo(12);
        assertThat(arms).as("the generated world's experiment and the invoices outside it").contains("(no experiment)")
                .hasSizeGreaterThan(1);
        // a share is shown as a percentage of the same figure
        JsonNode first = report.get("rows").get(0).get("values").get("paid_on_time_share");
        assertThat(chromium.driver.findElement(By.cssSelector("#kpi-paid tbody tr td")).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * first.asDouble()));
        assertDrawn();
    }

    @Test
    @Order(3)
    void keyboardReachesTheSearchAndTheExplorerShowsThePreviewAndTimeline() {
        chromium.driver.get(url("/dashboard/kpis"));
        Actions keys = new Actions(chromium.driver);
        keys.sendKeys(Keys.TAB).perform();
        WebElement first = chromium.driver.switchTo().activeElement();
        assertThat(first.getText()).as("the first stop is the skip link").isEqualTo("Skip to main content");
        int tabs = 1;
        while (!"invoice-search".equals(chromium.driver.switchTo().activeElement().getAttribute("id")) && tabs < 15) {
            keys.sendKeys(Keys.TAB).perform();
            tabs++;
        }
        assertThat(chromium.driver.switchTo().activeElement().getAttribute("id")).as("after " + tabs + " tabs")
                .isEqualTo("invoice-search");
        String outline = (String) chromium.script("return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).as("the focused field shows its focus").isNotEqualTo("none");
        WebElement search = chromium.driver.switchTo().activeElement();
        keys.sendKeys(invoice).sendKeys(Keys.ENTER).perform();
        awaitNextPage(search);
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/dashboard/invoices/" + invoice);
        screenshots("invoice");

        JsonNode preview = a.api().get("/v1/invoices/" + invoice + "/decision-preview").json();
        assertThat(chromium.driver.findElement(By.id("chosen-action")).getText())
                .isEqualTo(actionWords(preview.get("action").asText()));
        assertThat(chromium.driver.findElement(By.id("propensity")).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * preview.get("propensity").asDouble()));
        assertThat(chromium.driver.findElement(By.id("reason")).getText()).isEqualTo(preview.get("reason").asText());
        List<WebElement> rows = chromium.driver.findElements(By.cssSelector("#candidates tbody tr"));
        assertThat(rows).hasSameSizeAs(preview.get("candidates"));
        for (JsonNode c : preview.get("candidates")) {
            String label = actionWords(c.get("action").asText())
                    + (c.get("action").asText().equals(preview.get("action").asText()) ? " (chosen)" : "");
            assertThat(cell("candidates", label, "Expected value")).as(label).isEqualTo(c.get("value").asDouble());
            assertThat(cell("candidates", label, "P(paid)")).isEqualTo(c.get("p_pay").asDouble());
            assertThat(cell("candidates", label, "P(churn)")).isEqualTo(c.get("p_churn").asDouble());
            assertThat(cell("candidates", label, "P(inquiry)")).isEqualTo(c.get("p_inquiry").asDouble());
        }
        JsonNode timeline = a.api().get("/v1/invoices/" + invoice + "/timeline").json();
        List<WebElement> entries = chromium.driver.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(entries).hasSameSizeAs(timeline.get("entries"));
        assertThat(entries.get(0).findElement(By.tagName("td")).getText())
                .isEqualTo(timeline.get("entries").get(0).get("on").asText());
        assertDrawn();
    }

    @Test
    @Order(4)
    void modelReportShowsCalibrationImportancesAndTheOffPolicyTable() {
        JsonNode models = a.api().get("/v1/models").json().get("items");
        String id = models.get(models.size() - 1).get("model_id").asText();
        JsonNode metrics = a.api().get("/v1/models/" + id).json().get("metrics");
        chromium.driver.get(url("/dashboard/models"));
        screenshots("models");
        assertThat(chromium.driver.findElement(By.id("report-heading")).getText()).contains(id);
        assertThat(chromium.driver.findElement(By.id("training-rows")).getText().replace(",", ""))
                .isEqualTo(metrics.get("training_rows").asText());
        assertThat(chromium.driver.findElements(By.cssSelector("#off-policy tbody tr"))).hasSameSizeAs(metrics.get("off_policy"));
        for (JsonNode e : metrics.get("off_policy")) {
            assertThat(cell("off-policy", e.get("policy").asText(), "Value (DR)")).as(e.get("policy").asText())
                    .isEqualTo(e.at("/dr/value").isNumber() ? e.at("/dr/value").asDouble() : null);
        }
        assertThat(chromium.driver.findElements(By.cssSelector("table[id^=calibration-] tbody tr")))
                .hasSameSizeAs(metrics.get("calibration"));
        assertThat(metrics.get("feature_importance").size()).as("pay, churn and inquiry").isEqualTo(3);
        assertThat(chromium.driver.findElements(By.cssSelector("table[id^=importance-] tbody tr"))).isNotEmpty();
        metrics.get("feature_importance").properties().forEach(outcome -> {
            JsonNode top = outcome.getValue().get(0);
            if (top.get("share").asDouble() == 0) { // a model without a split (too few rows) shows none
                assertThat(chromium.driver.findElements(By.id("importance-" + outcome.getKey()))).isEmpty();
                return;
            }
            assertThat(cell("importance-" + outcome.getKey(), top.get("feature").asText(), "Share of gain"))
                    .isEqualTo(top.get("share").asDouble());
        });
        assertDrawn();
    }

    @Test
    @Order(5)
    void workflowIsATimelineAroundTheDueDateWithTheHolds() {
        chromium.driver.get(url("/dashboard/workflow"));
        screenshots("workflow");
        long stages = EngineApiContract.telecomWorkflow().lines().filter(l -> l.startsWith("  - id: ")).count();
        List<WebElement> points = chromium.driver.findElements(By.cssSelector("#workflow-timeline > li"));
        assertThat(points).hasSize((int) stages + 1);
        List<String> whens = points.stream().map(p -> p.findElement(By.className("when")).getText()).toList();
        assertThat(whens).containsOnlyOnce("Due date");
        assertThat(whens.get(0)).isEqualTo("3 days before the due date");
        assertThat(whens.indexOf("Due date")).as("the due date among the stages").isEqualTo(1);
        assertThat(chromium.driver.findElement(By.id("holds")).getText()).contains(Long.toString(holdId), "dispute",
                "customer disputes the roaming charge");
    }

    @Test
    @Order(6)
    void experimentsPageShowsTheExperimentsApisArmsIntervalsAndVerdicts() {
        JsonNode report = a.api().get("/v1/experiments").json();
        chromium.driver.get(url("/dashboard/experiments"));
        screenshots("experiments");
        JsonNode experiments = report.get("experiments");
        assertThat(experiments.size()).as("the generated world's experiment").isPositive();
        String currency = report.get("currency").asText();
        String paid = "Paid within " + report.get("horizon_days").asInt() + " days";
        for (int i = 0; i < experiments.size(); i++) {
            JsonNode e = experiments.get(i);
            String id = "experiment-" + (i + 1);
            assertThat(chromium.driver.findElement(By.id(id + "-heading")).getText()).isEqualTo(e.get("experiment").asText());
            for (JsonNode arm : e.get("arms")) {
                String name = arm.get("arm").asText();
                assertThat(cell(id + "-arms", name, "Invoices")).isEqualTo(arm.get("invoices").asDouble());
                assertThat(cell(id + "-arms", name, "Still open")).isEqualTo(arm.get("open").asDouble());
                assertThat(cell(id + "-arms", name, paid)).isEqualTo(number(arm.at("/figures/paid_within_horizon/estimate")));
                assertThat(cell(id + "-arms", name, "Churn")).isEqualTo(number(arm.at("/figures/churn/estimate")));
                assertThat(cell(id + "-arms", name, "Value per invoice (" + currency + ")"))
                        .isEqualTo(number(arm.at("/figures/value/estimate")));
            }
            for (JsonNode c : e.get("comparisons")) {
                String name = c.get("arm").asText();
                assertThat(cell(id + "-differences", name, "Value per invoice (" + currency + ")"))
                        .isEqualTo(number(c.at("/difference/value/estimate")));
                assertThat(cell(id + "-sequential", name, "Value per invoice (" + currency + ")"))
                        .isEqualTo(number(c.at("/value/interval/low")));
                assertThat(text(id + "-sequential", name, "Verdict on value")).isEqualTo(c.at("/value/verdict").asText());
                assertThat(text(id + "-sequential", name, "Verdict on paid share"))
                        .isEqualTo(c.at("/paid_within_horizon/verdict").asText());
            }
        }
        assertThat(chromium.driver.findElement(By.id("sample-size")).getText())
                .contains(String.format(java.util.Locale.ROOT, "%,d", report.at("/sample_size/paid_invoices_per_arm").asLong()));
        assertThat(chromium.driver.findElements(By.id("placeholder-heading"))).as("no placeholder left").isEmpty();
    }

    @Test
    @Order(7)
    void aNarrowWindowHasNoHorizontalScroll() {
        chromium.resize(360, 800);
        try {
            for (String page : List.of("/dashboard/kpis", "/dashboard/invoices/" + invoice, "/dashboard/models",
                    "/dashboard/workflow", "/dashboard/experiments")) {
                chromium.driver.get(url(page));
                assertThat(((Number) chromium.script("return window.innerWidth")).intValue()).isEqualTo(360);
                Number scroll = (Number) chromium.script("return document.documentElement.scrollWidth");
                assertThat(scroll.intValue()).as(page + " is as wide as the window").isLessThanOrEqualTo(360);
                chromium.screenshot(SCREENSHOTS.resolve("narrow-" + page.substring(11).replace('/', '-') + ".png"));
            }
        } finally {
            chromium.resize(1280, 900);
        }
    }

    @Test
    @Order(8)
    void anotherCreditorsInvoiceIsNotFound() throws Exception {
        Set<String> ofA = new HashSet<>(FolderZips.column(worldA.get("history/invoices.csv"), "invoice_id"));
        String onlyB = FolderZips.column(worldB.get("history/invoices.csv"), "invoice_id").stream()
                .filter(id -> !ofA.contains(id)).findFirst().orElseThrow();
        assertThat(b.api().get("/v1/invoices/" + onlyB + "/timeline").status()).as("B has it").isEqualTo(200);
        chromium.driver.get(url("/dashboard/invoices/" + onlyB));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(chromium.driver.getPageSource()).doesNotContain("id=\"timeline\"");
        String session = "__Host-dunning-session=" + chromium.driver.manage().getCookieNamed("__Host-dunning-session")
                .getValue();
        assertThat(http("/dashboard/invoices/" + onlyB, session).statusCode()).isEqualTo(404);
        assertThat(http("/dashboard/invoices/" + invoice, session).statusCode()).isEqualTo(200);
        assertThat(http("/dashboard/no-such-page", session).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void theBrowserReportedNoErrorAndNoBlockedContent() {
        List<LogEntry> severe = chromium.console().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                // answered so on purpose: the wrong keys' sign-ins (401), another creditor's invoice and a made-up page (404)
                .filter(e -> !e.getMessage().contains("/dashboard/sign-in - Failed to load resource: the server responded"
                        + " with a status of 401"))
                .filter(e -> !e.getMessage().contains("status of 404")).toList();
        assertThat(severe).as("console errors, CSP violations among them").isEmpty();
    }

    @Test
    @Order(10)
    void signingOutEndsTheSession() {
        chromium.driver.get(url("/dashboard/workflow"));
        WebElement signOut = chromium.driver.findElement(By.cssSelector(".sign-out button"));
        signOut.click();
        awaitNextPage(signOut);
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/dashboard/sign-in");
        chromium.driver.get(url("/dashboard/kpis"));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/dashboard/sign-in");
    }

    @Test
    @Order(11)
    void theLogHoldsNoPersonalDataAndNoKey() {
        List<String> secrets = new ArrayList<>();
        for (Map<String, byte[]> world : List.of(worldA, worldB)) {
            FolderZips.column(world.get("history/customers.csv"), "email").stream().filter(v -> !v.isEmpty())
                    .forEach(secrets::add);
            FolderZips.column(world.get("history/customers.csv"), "phone").stream().filter(v -> !v.isEmpty())
                    .forEach(secrets::add);
        }
        secrets.add(a.api().key());
        List<String> lines = logs.lines();
        assertThat(lines).as("the dashboard's requests are logged").anyMatch(l -> l.contains("/dashboard/kpis"));
        for (String line : lines) {
            for (String secret : secrets) {
                assertThat(line).doesNotContain(secret);
            }
            assertThat(line).as("no invoice id from a page's address").doesNotContain("/dashboard/invoices/" + invoice);
        }
    }

    private void signIn(String key) {
        chromium.driver.get(url("/dashboard/sign-in"));
        WebElement field = chromium.driver.findElement(By.id("key"));
        field.clear();
        field.sendKeys(key);
        field.submit();
        awaitNextPage(field);
    }

    /** The exact figure of the table's cell in the row with that label and the column with that header. */
    private Double cell(String table, String row, String column) {
        Object value = lookup(table, row, column, "value");
        return value == null || value.toString().isEmpty() ? null : Double.valueOf(value.toString());
    }

    /** The cell's {@code data-value} ({@code what} = value) or its text. */
    private Object lookup(String table, String row, String column, String what) {
        Object value = chromium.script("""
                const table = document.getElementById(arguments[0]);
                const col = Array.from(table.tHead.rows[0].cells).findIndex(c => c.textContent.trim() === arguments[2]);
                const tr = Array.from(table.tBodies[0].rows).find(r => r.cells[0].textContent.trim() === arguments[1]);
                if (col < 0 || !tr) { return 'missing'; }
                return arguments[3] === 'value' ? tr.cells[col].getAttribute('data-value') : tr.cells[col].textContent.trim();
                """, table, row, column, what);
        assertThat(value).as(table + ": row " + row + ", column " + column).isNotEqualTo("missing");
        return value;
    }

    /** The text of the table's cell in the row with that label and the column with that header. */
    private String text(String table, String row, String column) {
        return lookup(table, row, column, "text").toString();
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    /** Every table marked for a chart with rows got its canvas. */
    private void assertDrawn() {
        Number marked = (Number) chromium.script(
                "return Array.from(document.querySelectorAll('table[data-chart]')).filter(t => t.tBodies[0].rows.length).length");
        Number drawn = (Number) chromium.script("return document.querySelectorAll('table[data-charted] ').length");
        Number canvases = (Number) chromium.script("return document.querySelectorAll('canvas[role=img][aria-label]').length");
        assertThat(marked.intValue()).isPositive();
        assertThat(drawn.intValue()).isEqualTo(marked.intValue());
        assertThat(canvases.intValue()).isEqualTo(marked.intValue());
    }

    private void screenshots(String name) {
        long height = ((Number) chromium.script("return document.documentElement.scrollHeight")).longValue();
        chromium.resize(1280, (int) Math.min(Math.max(height, 900), 8000));
        chromium.screenshot(SCREENSHOTS.resolve(name + ".png"));
        chromium.resize(1280, 900);
    }

    private static String actionWords(String key) {
        return Map.of("none", "Do nothing", "sms", "Reminder by SMS", "email", "Reminder by e-mail", "letter",
                "Reminder by letter", "collection", "Hand to collection").get(key);
    }

    private HttpResponse<String> http(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a hidden field " + name).isTrue();
        return m.group(1);
    }

    /**
     * A form's submission may return before the next page has loaded: wait until the submitting page is gone and
     * the next one has loaded. Mid-navigation chromium may answer for the old node with "does not belong to the
     * document" instead of a stale reference; both mean the old page is gone.
     */
    private void awaitNextPage(WebElement onTheOldPage) {
        new org.openqa.selenium.support.ui.WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> gone(onTheOldPage) && "complete".equals(chromium.script("return document.readyState")));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }
}
