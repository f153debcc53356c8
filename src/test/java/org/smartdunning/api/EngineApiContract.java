package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;

/**
 * The engine's resources through the API, part of {@link ApiContract} (so on both stores): the
 * workflow upload, models trained on the store and used by previews, daily runs, each one creditor's
 * own. Models run before runs on the shared imported creditor: a run trains a model when it finds none.
 * On that small world every action is thin for the cold start: the batch is decided "none", nothing is sent.
 */
interface EngineApiContract {
    String TRAINED_BY_THE_STORE = "learned-outcomes";

    ApiFixture api();

    /** A creditor of its own with the small world imported in bulk, shared because importing it takes time. */
    Tenant imported();

    /** The first invoice of the imported world's batch. */
    String batchInvoice();

    static String telecomWorkflow() {
        try {
            return Files.readString(Path.of("examples/workflows/se-telecom.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    default void theMonthlyReportIsAPdfOfTheCreditorsOwnMonth() {
        ApiClient creditor = imported().api();
        // the small world's history ends in May 2026
        Reply report = creditor.get("/v1/reports/monthly?month=2026-05");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.contentType()).isEqualTo("application/pdf");
        int due = creditor.get("/v1/kpis?from=2026-05-01&to=2026-05-31").json().get("rows").get(0).get("values")
                .get("invoices_due").asInt();
        assertThat(due).as("the month has invoices").isPositive();
        assertThat(pdfText(report.bytes())).contains(String.format(java.util.Locale.ROOT, "%,d", due));
        assertThat(creditor.get("/v1/reports/monthly").fields()).containsExactly("query month");
        assertThat(creditor.get("/v1/reports/monthly?month=May").fields()).containsExactly("query month");
        // a creditor without history gets a report of its own, empty: never another creditor's figures
        Reply empty = api().creditor("no-report").api().get("/v1/reports/monthly?month=2026-05");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(pdfText(empty.bytes())).doesNotContain(String.format(java.util.Locale.ROOT, "%,d", due));
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    default void aWorkflowIsUploadedAsYamlCheckedByLineAndColumnAndVersioned() {
        Tenant tenant = api().creditor("workflow");
        Tenant other = api().creditor("workflow-other");
        assertThat(tenant.api().get("/v1/workflow").status()).as("none yet").isEqualTo(404);
        String good = telecomWorkflow();
        List<String> lines = good.lines().toList();
        int feeLine = lines.indexOf("    fees: {letter: 60}") + 1;
        assertThat(feeLine).as("the example still charges its fee on one line").isPositive();

        Reply unlawful = tenant.api().put("/v1/workflow", good.replace("{letter: 60}", "{letter: 600}"), "application/yaml");
        assertThat(unlawful.status()).as(unlawful.toString()).isEqualTo(422);
        assertThat(unlawful.fields()).anyMatch(f -> f.matches("workflow\\.yaml:" + feeLine + ":\\d+"));
        Reply broken = tenant.api().put("/v1/workflow", "workflow: x\ncountry: SE\nstages: [\n", "application/yaml");
        assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
        assertThat(broken.fields()).allMatch(f -> f.matches("workflow\\.yaml:\\d+:\\d+")).isNotEmpty();
        assertThat(tenant.api().get("/v1/workflow").status()).as("nothing refused was kept").isEqualTo(404);

        Reply first = tenant.api().put("/v1/workflow", good, "application/yaml");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("content").asText()).isEqualTo(good);
        assertThat(first.json().get("uploaded_at").asText()).isEqualTo(api().clock.instant().toString());
        assertThat(tenant.api().get("/v1/workflow").json()).isEqualTo(first.json());
        String changed = good.replace("pay_by_days: 10\n    template: reminder", "pay_by_days: 12\n    template: reminder");
        assertThat(changed).isNotEqualTo(good);
        Reply second = tenant.api().put("/v1/workflow", changed, "text/plain");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(tenant.api().get("/v1/workflow").json().get("content").asText()).isEqualTo(changed);

        assertThat(other.api().get("/v1/workflow").status()).as("another creditor's workflow").isEqualTo(404);
        Reply theirs = other.api().put("/v1/workflow", good, "application/yaml");
        assertThat(theirs.json().get("version").asInt()).as("versions count per creditor").isEqualTo(1);
        assertThat(tenant.api().get("/v1/workflow").json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    @Order(1)
    default void aWorkflowWhoseTemplateCannotBeRenderedIsRefusedAtUploadNotAtItsFirstRun() {
        Tenant tenant = api().creditor("workflow-template");
        String good = telecomWorkflow();
        List<String> lines = good.lines().toList();
        int stageLine = lines.indexOf("  - id: decision") + 1;
        int templateLine = lines.indexOf("    template: reminder") + 1;
        assertThat(stageLine).isPositive().isLessThan(templateLine);
        String unknown = good.replace("    template: reminder\n", "    template: no-such-template\n");
        assertThat(unknown).isNotEqualTo(good);
        Reply refused = tenant.api().put("/v1/workflow", unknown, "application/yaml");
        assertThat(refused.status()).as("a stage naming no template there is").isEqualTo(422);
        assertThat(refused.fields()).as("the stage or its template line").anyMatch(f -> f.matches("workflow\\.yaml:\\d+:\\d+")
                && Integer.parseInt(f.split(":")[1]) >= stageLine && Integer.parseInt(f.split(":")[1]) <= templateLine);
        assertThat(tenant.api().get("/v1/workflow").status()).as("nothing refused was kept").isEqualTo(404);
    }

    @Test
    @Order(2)
    default void aModelIsTrainedOnTheStoreListedReportedAndUsedByPreviewsAtOnce() {
        Tenant tenant = imported();
        Tenant other = api().creditor("models-other");
        String invoice = "/v1/invoices/" + batchInvoice() + "/decision-preview";
        JsonNode before = tenant.api().get(invoice).json().get("model");
        assertThat(before.get("name").asText()).as("before training").isNotEqualTo(TRAINED_BY_THE_STORE);
        assertThat(before.at("/parameters/thin_actions").asText()).as("no learned model to find thin").isEqualTo("-");
        assertThat(tenant.api().get("/v1/models").json().get("items")).isEmpty();

        Reply trained = tenant.api().post("/v1/models", "", "train-once");
        assertThat(trained.status()).as(trained.toString()).isEqualTo(201);
        JsonNode model = trained.json().get("model");
        String id = model.get("model_id").asText();
        assertThat(id).isEqualTo("store-" + ApiContract.AS_OF + "-s1");
        assertThat(model.get("name").asText()).isEqualTo(TRAINED_BY_THE_STORE);
        assertThat(model.get("seed").asLong()).as("the service's seed").isEqualTo(1);
        assertThat(model.get("live").asBoolean()).as("the creditor's first model goes live").isTrue();
        assertThat(trained.json().at("/promotion/outcome").asText()).isEqualTo("first");
        assertThat(trained.json().at("/promotion/reason").asText()).contains("no live model yet");
        JsonNode metrics = trained.json().get("metrics");
        assertThat(metrics.has("off_policy")).as(metrics.toString()).isTrue();
        assertThat(metrics.get("training_rows").asInt()).isPositive();
        Reply again = tenant.api().post("/v1/models", "", "train-once");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(trained.json());

        JsonNode list = tenant.api().get("/v1/models").json();
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0)).isEqualTo(model);
        JsonNode report = tenant.api().get("/v1/models/" + id).json();
        assertThat(report.get("model")).isEqualTo(model);
        assertThat(report.get("metrics")).isEqualTo(metrics);
        assertThat(tenant.api().get("/v1/models/no-such-model").status()).isEqualTo(404);
        assertThat(other.api().get("/v1/models/" + id).status()).as("another creditor's model").isEqualTo(404);
        assertThat(other.api().get("/v1/models").json().get("items")).isEmpty();

        // the previews' snapshot was renewed and found the model: it decides, or, while an action is logged fewer
        // times than the cold start's minimum (200; on this small world all are), its history-rules fallback
        // decides and the provenance names the thin actions
        JsonNode preview = tenant.api().get(invoice).json().get("model");
        String thin = preview.at("/parameters/thin_actions").asText();
        assertThat(preview.get("name").asText().equals(TRAINED_BY_THE_STORE) || !thin.isEmpty() && !thin.equals("-"))
                .as(preview.toString()).isTrue();
    }

    @Test
    @Order(3)
    default void aDayIsRunOnTheUploadedWorkflowOnceListedAndKeptFromOthers() {
        Tenant tenant = imported();
        Tenant other = api().creditor("runs-other");
        Reply early = tenant.api().post("/v1/runs", "{\"day\":\"" + ApiContract.AS_OF + "\"}");
        assertThat(early.status()).as("no workflow yet: " + early).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("workflow");
        assertThat(tenant.api().get("/v1/runs").json().get("items")).isEmpty();
        assertThat(tenant.api().put("/v1/workflow", telecomWorkflow(), "application/yaml").status()).isEqualTo(201);

        String body = "{\"day\":\"" + ApiContract.AS_OF + "\"}";
        Reply run = tenant.api().post("/v1/runs", body, "run-once");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        JsonNode done = run.json();
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("day").asText()).isEqualTo(ApiContract.AS_OF.toString());
        assertThat(done.get("trigger").asText()).isEqualTo("api");
        assertThat(done.get("workflow_version").asInt()).isEqualTo(1);
        assertThat(done.get("stages").asInt()).as(done.toString()).isPositive();
        assertThat(done.get("messages").isInt()).isTrue();
        assertThat(done.get("sent").asInt() + done.get("failed").asInt()).isLessThanOrEqualTo(done.get("messages").asInt());
        assertThat(done.get("error").isNull()).isTrue();
        Reply again = tenant.api().post("/v1/runs", body, "run-once");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(done);

        String id = done.get("run_id").asText();
        JsonNode list = tenant.api().get("/v1/runs").json().get("items");
        assertThat(list).as("the replay ran nothing").hasSize(1);
        assertThat(list.get(0)).isEqualTo(done);
        assertThat(tenant.api().get("/v1/runs/" + id).json()).isEqualTo(done);
        assertThat(tenant.api().get("/v1/runs/not-a-number").status()).isEqualTo(404);
        assertThat(other.api().get("/v1/runs/" + id).status()).as("another creditor's run").isEqualTo(404);
        assertThat(other.api().get("/v1/runs").json().get("items")).isEmpty();
        assertThat(other.api().post("/v1/runs", body).status()).as("its workflow is not theirs").isEqualTo(409);
    }
}
