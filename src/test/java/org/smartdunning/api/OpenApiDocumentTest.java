package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.smartdunning.application.privacy.PersonalData;
import org.smartdunning.application.timeline.InvoiceTimeline;
import org.smartdunning.application.timeline.TimelineEntry;
import org.smartdunning.ingest.RowCounts;
import org.smartdunning.ingest.events.EventType;
import org.smartdunning.ingest.events.FieldProblem;

/** The OpenAPI document itself: references resolve, every view record has its schema, and the check can fail. */
class OpenApiDocumentTest {
    private static final OpenApiDocument DOC = OpenApiDocument.fromBuild();
    private static final String HOLD = "{\"hold_id\":1,\"scope\":\"invoice\",\"target_id\":\"I1\",\"reason\":\"dispute\","
            + "\"placed_on\":\"2026-06-01\",\"until\":null,\"lifted_on\":null,\"note\":\"\"}";
    private static final Map<String, List<String>> JSON_HEADERS = Map.of();
    private static final String RUN = "{\"run_id\":3,\"day\":\"2026-06-01\",\"workflow_version\":1,\"trigger\":\"api\","
            + "\"status\":\"done\",\"started_at\":\"2026-06-01T08:00:00Z\",\"finished_at\":\"2026-06-01T08:00:01.5Z\","
            + "\"stages\":4,\"messages\":2,\"sent\":2,\"failed\":0,\"error\":null}";
    private static final String EXPORT = "{\"customer_id\":\"C1\",\"tables\":{\"customers\":[{\"customer_id\":\"C1\","
            + "\"email\":null}],\"invoices\":[]}}";

    @Test
    void isOpenApi31AndEveryReferenceResolves() {
        assertThat(DOC.root().path("openapi").asText()).isEqualTo("3.1.0");
        List<String> broken = new ArrayList<>();
        walk(DOC.root(), broken);
        assertThat(broken).isEmpty();
    }

    @Test
    void everyViewRecordHasASchemaWithItsSnakeCaseFields() {
        Map<Class<?>, String> views = Map.ofEntries(
                Map.entry(ProblemBody.class, "Problem"), Map.entry(FieldProblem.class, "FieldError"),
                Map.entry(AdminRoutes.CreditorView.class, "Creditor"), Map.entry(AdminRoutes.KeyView.class, "ApiKey"),
                Map.entry(EventRoutes.EventView.class, "EventReceipt"), Map.entry(BulkRoutes.ImportView.class, "ImportReceipt"),
                Map.entry(RowCounts.class, "RowCounts"), Map.entry(PreviewView.class, "DecisionPreview"),
                Map.entry(PreviewView.CandidateView.class, "Candidate"), Map.entry(PreviewView.ModelView.class, "ModelProvenance"),
                Map.entry(DecisionRoutes.BatchView.class, "PreviewBatch"), Map.entry(HoldRoutes.HoldView.class, "Hold"),
                Map.entry(Page.class, "HoldPage"), Map.entry(ModelRoutes.ModelView.class, "Model"),
                Map.entry(ModelRoutes.ModelReport.class, "ModelReport"),
                Map.entry(ModelRoutes.TrainedReport.class, "TrainedModel"), Map.entry(ModelRoutes.Promotion.class,
                        "Promotion"), Map.entry(WorkflowRoutes.WorkflowView.class,
                        "Workflow"), Map.entry(ExperimentDefinitionRoutes.ExperimentsView.class, "ExperimentDefinitions"), Map.entry(RunRoutes.RunView.class, "Run"),
                Map.entry(InvoiceTimeline.class, "InvoiceTimeline"), Map.entry(TimelineEntry.class, "TimelineEntry"),
                Map.entry(PersonalData.Export.class, "PersonalDataExport"),
                Map.entry(PersonalData.Erasure.class, "Erasure"),
                Map.entry(WebhookRoutes.EndpointView.class, "WebhookEndpoint"),
                Map.entry(WebhookRoutes.DeliveryView.class, "WebhookDelivery"),
                Map.entry(WebhookRoutes.EndpointDetail.class, "WebhookEndpointDetail"),
                Map.entry(org.smartdunning.application.kpi.KpiReport.class, "KpiReport"),
                Map.entry(org.smartdunning.kpi.KpiRow.class, "KpiRow"),
                Map.entry(org.smartdunning.kpi.KpiValues.class, "KpiValues"),
                Map.entry(org.smartdunning.application.experiments.ExperimentsReport.class, "ExperimentsReport"),
                Map.entry(org.smartdunning.experiments.analysis.ExperimentResult.class, "ExperimentResult"),
                Map.entry(org.smartdunning.experiments.analysis.ArmResult.class, "ArmResult"),
                Map.entry(org.smartdunning.experiments.analysis.ArmComparison.class, "ArmComparison"),
                Map.entry(org.smartdunning.experiments.analysis.ArmFigures.class, "ArmFigures"),
                Map.entry(org.smartdunning.experiments.analysis.Interval.class, "Interval"),
                Map.entry(org.smartdunning.experiments.analysis.SequentialTest.class, "SequentialTest"),
                Map.entry(org.smartdunning.experiments.analysis.SampleSize.class, "SampleSize"));
        views.forEach((type, name) -> {
            JsonNode schema = DOC.root().at("/components/schemas/" + name);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(name + " is closed").isFalse();
            Set<String> fields = new TreeSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName()));
            }
            if (name.equals("KpiReport") || name.equals("ExperimentsReport")) { // answered with what they rest on
                for (RecordComponent c : ApiJson.Stamped.class.getRecordComponents()) {
                    if (!c.getName().equals("report")) {
                        fields.add(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName()));
                    }
                }
            }
            assertThat(names(schema.path("properties"))).as(name + " vs " + type.getSimpleName()).isEqualTo(fields);
        });
        assertThat(names(DOC.root().at("/components/schemas/IssuedApiKey/properties")))
                .isEqualTo(names(DOC.root().at("/components/schemas/ApiKey/properties")));
        for (String page : List.of("CreditorPage", "ApiKeyPage", "ModelPage", "RunPage")) {
            assertThat(names(DOC.root().at("/components/schemas/" + page + "/properties"))).as(page)
                    .isEqualTo(names(DOC.root().at("/components/schemas/HoldPage/properties")));
        }
    }

    @Test
    void everyEventTypeHasTheSchemaOfItsData() {
        Set<String> mapped = names(DOC.root().at("/components/schemas/BillingEvent/discriminator/mapping"));
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    }

    @Test
    void everyProtectedOperationDeclaresTheRefusalsItCanGive() {
        DOC.root().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getKey().equals("parameters")) {
                return;
            }
            Set<String> statuses = names(op.getValue().path("responses"));
            String where = op.getKey() + " " + path.getKey();
            if (op.getValue().has("security")) {
                assertThat(statuses).as(where).doesNotContain("401");
                return;
            }
            assertThat(statuses).as(where).contains("401", "403", "429", "500");
            if (op.getKey().equals("post")) {
                assertThat(statuses).as(where).contains("400", "409", "413", "422");
                assertThat(op.getValue().path("parameters").toString()).as(where).contains("IdempotencyKey");
            }
        }));
    }

    @Test
    void aResponseThatKeepsTheDocumentPasses() {
        assertThat(DOC.check("POST", "/v1/holds", 201, "application/json", JSON_HEADERS, HOLD)).isEmpty();
        assertThat(DOC.check("DELETE", "/v1/holds/7", 204, null, JSON_HEADERS, "")).isEmpty();
        assertThat(DOC.check("GET", "/v1/runs/3", 200, "application/json", JSON_HEADERS, RUN)).isEmpty();
        assertThat(DOC.check("GET", "/v1/customers/C1/personal-data", 200, "application/json", JSON_HEADERS, EXPORT))
                .isEmpty();
        assertThat(DOC.check("GET", "/v1/models/store-2026-06-01-s1", 200, "application/json", JSON_HEADERS,
                "{\"model\":{\"model_id\":\"store-2026-06-01-s1\",\"name\":\"learned-outcomes\",\"version\":\"1\","
                        + "\"trained_from\":\"2024-01-01\",\"trained_until\":\"2026-06-01\",\"seed\":1,\"parameters\":\"\","
                        + "\"created_at\":\"2026-06-01T08:00:00Z\",\"live\":true},\"metrics\":{\"off_policy\":[]}}")).isEmpty();
        assertThat(DOC.check("GET", "/v1/nothing", 404, "application/problem+json", JSON_HEADERS,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"x\",\"instance\":\"/v1/nothing\"}"))
                .isEmpty();
    }

    @Test
    void driftIsCaught() {
        assertThat(DOC.check("POST", "/v1/holds", 201, "application/json", JSON_HEADERS,
                HOLD.replace("\"note\":\"\"", "\"note\":\"\",\"extra\":1"))).singleElement().asString().contains("extra");
        assertThat(DOC.check("POST", "/v1/holds", 201, "application/json", JSON_HEADERS,
                HOLD.replace(",\"note\":\"\"", ""))).singleElement().asString().contains("note");
        assertThat(DOC.check("POST", "/v1/holds", 201, "application/json", JSON_HEADERS,
                HOLD.replace("\"hold_id\":1", "\"hold_id\":\"1\""))).isNotEmpty();
        assertThat(DOC.check("POST", "/v1/holds", 201, "application/json", JSON_HEADERS,
                HOLD.replace("\"dispute\"", "\"other\""))).isNotEmpty();
        assertThat(DOC.check("POST", "/v1/holds", 202, "application/json", JSON_HEADERS, HOLD)).singleElement().asString()
                .contains("not declared");
        assertThat(DOC.check("POST", "/v1/holds", 201, "text/html", JSON_HEADERS, HOLD)).singleElement().asString()
                .contains("content type");
        assertThat(DOC.check("GET", "/v1/holds", 429, "application/problem+json", JSON_HEADERS,
                "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"x\",\"instance\":\"/v1/holds\"}"))
                .singleElement().asString().contains("Retry-After");
        assertThat(DOC.check("GET", "/v1/holds", 400, "application/problem+json", JSON_HEADERS,
                "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"x\",\"instance\":\"/v1/holds\",\"trace\":\"at x\"}"))
                .hasSize(2);
        assertThat(DOC.check("DELETE", "/v1/holds/7", 204, null, JSON_HEADERS, "{}")).isNotEmpty();
        assertThat(DOC.check("GET", "/v1/runs/3", 200, "application/json", JSON_HEADERS,
                RUN.replace("\"done\"", "\"paused\""))).isNotEmpty();
        assertThat(DOC.check("GET", "/v1/runs/3", 200, "application/json", JSON_HEADERS,
                RUN.replace("08:00:00Z", "08:00"))).isNotEmpty();
        assertThat(DOC.check("GET", "/v1/customers/C1/personal-data", 200, "application/json", JSON_HEADERS,
                EXPORT.replace("\"email\":null", "\"email\":7"))).isNotEmpty();
        assertThat(DOC.check("DELETE", "/v1/customers/C1/personal-data", 200, "application/json", JSON_HEADERS,
                "{\"pseudonym\":\"C1\",\"rows_changed\":{\"customers\":1}}")).singleElement().asString()
                .contains("pseudonym");
        assertThat(DOC.check("GET", "/v1/invoices/I1/timeline", 200, "application/json", JSON_HEADERS,
                "{\"invoice_id\":\"I1\",\"customer_id\":\"C1\",\"entries\":[{\"on\":\"2026-04-01\",\"kind\":\"mail\","
                        + "\"facts\":{}}]}")).singleElement().asString().contains("kind");
        assertThat(DOC.check("GET", "/v1/nothing", 200, "application/json", JSON_HEADERS, "{}")).isNotEmpty();
    }

    private static void walk(JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || DOC.root().at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> walk(child, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> walk(child, broken));
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
