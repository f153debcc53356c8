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
