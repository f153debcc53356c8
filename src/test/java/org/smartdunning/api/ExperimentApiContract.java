package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;
import org.smartdunning.world.WorldParameters;

/**
 * The experiments' analysis through the API, part of {@link ApiContract} (so on both stores, every
 * answer checked against the OpenAPI document): the imported world's experiment, a named control,
 * another creditor's view, and the query's faults named field by field.
 */
interface ExperimentApiContract {
    ApiFixture api();

    EventBodies events();

    Tenant imported();

    @Test
    default void theImportedWorldsExperimentIsAnalysedArmByArmAgainstCollection() {
        Reply reply = imported().api().get("/v1/experiments");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode experiment = null;
        for (JsonNode e : reply.json().get("experiments")) {
            experiment = e.get("experiment").asText().equals(WorldParameters.EXPERIMENT) ? e : experiment;
        }
        assertThat(experiment).as(reply.body()).isNotNull();
        assertThat(experiment.get("control").asText()).isEqualTo("collection");
        assertThat(experiment.get("control_choice").asText()).isEqualTo("standard process");
        int invoices = 0;
        int open = 0;
        for (JsonNode arm : experiment.get("arms")) {
            invoices += arm.get("invoices").asInt();
            open += arm.get("open").asInt();
        }
        assertThat(invoices).isEqualTo(experiment.get("invoices").asInt());
        assertThat(open).isEqualTo(experiment.get("open").asInt());
        assertThat(invoices + open).as("a 150-customer world's experiment").isPositive();
        assertThat(experiment.get("comparisons").size()).isEqualTo(experiment.get("arms").size() - 1);
        assertThat(reply.json().at("/sample_size/value_difference").asDouble()).isEqualTo(10);

        Reply named = imported().api().get("/v1/experiments?control=none&detect_value=25&detect_paid=0.05");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        JsonNode first = named.json().at("/experiments/0");
        assertThat(first.get("control").asText()).isEqualTo("none");
        assertThat(first.get("control_choice").asText()).isEqualTo("named");
        assertThat(named.json().at("/sample_size/paid_difference").asDouble()).isEqualTo(0.05);
    }

    @Test
    default void experimentsAreUploadedAsYamlCheckedAgainstTheWorkflowAndKeptPerCreditor() throws Exception {
        Tenant tenant = api().creditor("experiment-definitions");
        Tenant other = api().creditor("experiment-definitions-other");
        String good = java.nio.file.Files.readString(java.nio.file.Path.of("examples/experiments/se-telecom-reminders.yaml"));
        String path = "/v1/experiments/definitions";
        assertThat(tenant.api().get(path).status()).as("none yet").isEqualTo(404);
        Reply early = tenant.api().put(path, good, "application/yaml");
        assertThat(early.status()).as("no workflow to check them against: " + early).isEqualTo(409);
        assertThat(tenant.api().put("/v1/workflow", EngineApiContract.telecomWorkflow(), "application/yaml").status())
                .isEqualTo(201);

        String broken = good.replace("stage: decision", "stage: decide").replace("holdout: 0.2", "holdout: 0.3");
        Reply refused = tenant.api().put(path, broken, "application/yaml");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        int stage = lineOf(good, "stage: decision");
        int arms = lineOf(good, "    arms:");
        assertThat(refused.fields()).as("every problem at once").containsExactly("experiments.yaml:" + stage + ":12",
                "experiments.yaml:" + arms + ":5");
        assertThat(refused.json().get("errors").get(0).get("reason").asText()).startsWith("unknown stage 'decide'");
        assertThat(tenant.api().get(path).status()).as("nothing refused was kept").isEqualTo(404);

        Reply first = tenant.api().put(path, good, "application/yaml");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(tenant.api().get(path).json()).isEqualTo(first.json());
        Reply unfit = tenant.api().put("/v1/workflow", EngineApiContract.telecomWorkflow().replace("id: decision",
                "id: choose"), "application/yaml");
        assertThat(unfit.status()).as("a workflow the experiments in force do not fit: " + unfit).isEqualTo(422);
        assertThat(unfit.fields()).containsExactly("experiments.yaml:" + stage + ":12");
        assertThat(other.api().get(path).status()).as("another creditor's experiments").isEqualTo(404);
    }

    private static int lineOf(String text, String part) {
        return text.substring(0, text.indexOf(part)).split("\n", -1).length;
    }

    @Test
    default void aCreditorSeesOnlyItsOwnExperimentsAndABadQueryIsNamed() {
        ApiClient creditor = api().creditor("experiments").api();
        assertThat(creditor.get("/v1/experiments").status()).as("no history yet").isEqualTo(422);
        assertThat(creditor.post("/v1/events", events().customer("C1").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().invoice("I1", "C1", "100.00").toString()).status()).isEqualTo(201);
        Reply own = creditor.get("/v1/experiments");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("experiments")).as("none of the imported creditor's").isEmpty();
        assertThat(own.json().at("/sample_size/based_on").asInt()).isZero();

        Reply bad = creditor.get("/v1/experiments?as_of=2026-13-01&detect_value=-1&detect_paid=x");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("query as_of",
                "query detect_value", "query detect_paid");
        assertThat(creditor.get("/v1/experiments?detect_paid=1.5").status()).as("a share difference above 1")
                .isEqualTo(422);
    }
}
