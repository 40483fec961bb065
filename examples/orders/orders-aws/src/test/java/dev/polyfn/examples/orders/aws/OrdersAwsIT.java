package dev.polyfn.examples.orders.aws;

import static dev.polyfn.examples.orders.aws.DeployedLambda.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every AWS trigger end to end: orders-aws.jar under the real runtime interface client (a child JVM per function,
 * configured by SPRING_CLOUD_FUNCTION_DEFINITION like a deployment), fed each fixture through the Runtime API.
 */
class OrdersAwsIT {

    private static final Map<String, DeployedLambda> DEPLOYED = new ConcurrentHashMap<>();

    private static DeployedLambda deployed(String function) {
        return DEPLOYED.computeIfAbsent(function, DeployedLambda::start);
    }

    @AfterAll
    static void stopAll() {
        DEPLOYED.values().forEach(DeployedLambda::close);
    }

    @Test
    void uppercaseOverEveryHttpShape() {
        for (String fixture : List.of("apigw-v1-uppercase.json", "apigw-v1-base64-body.json",
                "function-url-uppercase.json", "alb-uppercase.json")) {
            RuntimeApiEmulator.Answer answer = deployed("uppercase").invoke(fixture);
            assertThat(answer.kind()).as(fixture).isEqualTo("response");
            JsonNode out = json(answer);
            assertThat(out.path("statusCode").asInt()).as(fixture).isEqualTo(200);
            assertThat(out.path("headers").path("Content-Type").asString()).as(fixture).startsWith("text/plain");
            assertThat(out.path("body").asString()).as(fixture).isEqualTo("HELLO POLYFN");
            assertThat(out.path("isBase64Encoded").asBoolean(true)).as(fixture).isFalse();
        }
        assertThat(json(deployed("uppercase").invoke("alb-uppercase.json")).path("statusDescription").asString())
            .isEqualTo("200 OK");
    }

    @Test
    void uppercaseDirectInvocation() {
        RuntimeApiEmulator.Answer answer = deployed("uppercase").invoke("direct-uppercase.json");
        assertThat(answer.kind()).isEqualTo("response");
        assertThat(json(answer).asString()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void badBase64IsA400ProblemNotAnError() {
        RuntimeApiEmulator.Answer answer = deployed("uppercase").invoke("apigw-v1-bad-base64.json");
        assertThat(answer.kind()).isEqualTo("response");
        JsonNode out = json(answer);
        assertThat(out.path("statusCode").asInt()).isEqualTo(400);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
        assertThat(DeployedLambda.JSON.readTree(out.path("body").asString()).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void theInvocationContextCarriesTheXrayTraceId() {
        DeployedLambda uppercase = deployed("uppercase");
        uppercase.invoke("apigw-v1-uppercase.json");
        assertThat(uppercase.process().log()).contains("traceId=" + RuntimeApiEmulator.TRACE_ID)
            .doesNotContain("HELLO POLYFN");
    }

    @Test
    void eachInvocationLogsOneLine() {
        DeployedLambda uppercase = deployed("uppercase");
        uppercase.invoke("apigw-v1-uppercase.json");
        List<String> lines = uppercase.process().log().lines().filter(l -> l.contains("function=uppercase")).toList();
        assertThat(lines).isNotEmpty()
            .allSatisfy(line -> assertThat(line).matches("^\\d{4}-\\d{2}-\\d{2}T\\S+ INFO dev\\.polyfn\\.invocation function=uppercase .*"));
        assertThat(uppercase.process().log()).doesNotContain("INFO: function=");
    }

    @Test
    void createOrderOverEveryShape() {
        for (String fixture : List.of("apigw-v1-create-order.json", "apigw-v2-create-order.json",
                "alb-multivalue-create-order.json")) {
            JsonNode out = json(deployed("createOrder").invoke(fixture));
            assertThat(out.path("statusCode").asInt()).as(fixture).isEqualTo(200);
            String contentType = fixture.startsWith("alb")
                    ? out.path("multiValueHeaders").path("Content-Type").path(0).asString()
                    : out.path("headers").path("Content-Type").asString();
            assertThat(contentType).as(fixture).isEqualTo("application/json");
            assertConfirmation(DeployedLambda.JSON.readTree(out.path("body").asString()));
        }
        assertConfirmation(json(deployed("createOrder").invoke("eventbridge-custom-order.json")));
        assertConfirmation(json(deployed("createOrder").invoke("direct-create-order.json")));
    }

    /** The four answers that once differed between targets (docs/conformance.md), under the real runtime client. */
    @Test
    void theFourFormerDifferencesAnswerAsEveryTargetDoes() {
        ObjectNode query = DeployedLambda.fixtureTree("apigw-v2-create-order.json").put("rawQueryString", "x=%zz&y=%E0%A4%A");
        JsonNode accepted = json(deployed("createOrder").invoke(DeployedLambda.JSON.writeValueAsBytes(query)));
        assertThat(accepted.path("statusCode").asInt()).isEqualTo(200);
        assertConfirmation(DeployedLambda.JSON.readTree(accepted.path("body").asString()));

        for (String method : new String[] {"GET", "PUT"}) {
            ObjectNode event = DeployedLambda.fixtureTree("apigw-v2-create-order.json");
            ((ObjectNode) event.path("requestContext").path("http")).put("method", method);
            JsonNode out = json(deployed("createOrder").invoke(DeployedLambda.JSON.writeValueAsBytes(event)));
            assertThat(out.path("statusCode").asInt()).as(method).isEqualTo(405);
            assertThat(out.path("headers").path("Allow").asString()).isEqualTo("POST");
        }

        ObjectNode many = DeployedLambda.fixtureTree("apigw-v2-create-order.json");
        for (int i = 0; i < 200; i++) {
            ((ObjectNode) many.path("headers")).put("x-noise-" + i, "v");
        }
        JsonNode out = json(deployed("createOrder").invoke(DeployedLambda.JSON.writeValueAsBytes(many)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(431);
    }

    @Test
    void createOrderRejectsAWrongContentTypeWith415() {
        ObjectNode event = DeployedLambda.fixtureTree("apigw-v1-create-order.json");
        ((ObjectNode) event.path("multiValueHeaders")).putArray("Content-Type").add("application/xml");
        ((ObjectNode) event.path("headers")).put("Content-Type", "application/xml");
        JsonNode out = json(deployed("createOrder").invoke(DeployedLambda.JSON.writeValueAsBytes(event)));
        assertThat(out.path("statusCode").asInt()).isEqualTo(415);
        assertThat(out.path("headers").path("Content-Type").asString()).isEqualTo("application/problem+json");
    }

    @Test
    void aFailingDirectInvocationIsAFunctionError() {
        RuntimeApiEmulator.Answer answer = deployed("createOrder").invoke("direct-malformed-order.json");
        assertThat(answer.kind()).isEqualTo("error");
        JsonNode error = json(answer);
        assertThat(error.path("errorType").asString()).isEqualTo("dev.polyfn.aws.FunctionErrorException");
        JsonNode problem = DeployedLambda.JSON.readTree(error.path("errorMessage").asString());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @Test
    void sqsReportsExactlyTheFailedRecords() {
        assertThat(failedIds(deployed("processPayment").invoke("sqs-payments.json")))
            .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da", "8f0e3f1c-3e5a-4c8e-9a0b-5d2f7e6c1a44");
        assertThat(failedIds(deployed("processPayment").invoke("sqs-fifo-payments.json")))
            .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da", "8f0e3f1c-3e5a-4c8e-9a0b-5d2f7e6c1a44",
                    "c2b7a9d0-1f3e-4b6a-8d5c-7e9f0a1b2c3d");
        RuntimeApiEmulator.Answer allValid = deployed("processPayment").invoke("sqs-all-valid.json");
        assertThat(json(allValid).path("batchItemFailures").isArray()).isTrue();
        assertThat(failedIds(allValid)).isEmpty();
    }

    @Test
    void snsAndDirectInvocationDeliverThePayment() {
        RuntimeApiEmulator.Answer answer = deployed("processPayment").invoke("sns-payment.json");
        assertThat(answer.kind()).isEqualTo("response");
        assertThat(json(answer).isNull()).isTrue();
        RuntimeApiEmulator.Answer direct = deployed("processPayment").invoke("direct-payment.json");
        assertThat(direct.kind()).isEqualTo("response");
        assertThat(json(direct).isNull()).isTrue();
    }

    @Test
    void aFailingSnsRecordFailsTheInvocation() {
        ObjectNode event = DeployedLambda.fixtureTree("sns-payment.json");
        ((ObjectNode) event.path("Records").path(0).path("Sns")).put("Message", DeployedLambda.JSON
            .writeValueAsString(Map.of("paymentId", "p-1", "orderId", "o-1", "amount", -5)));
        RuntimeApiEmulator.Answer answer = deployed("processPayment").invoke(DeployedLambda.JSON.writeValueAsBytes(event));
        assertThat(answer.kind()).isEqualTo("error");
    }

    @Test
    void s3UploadIsIndexed() {
        RuntimeApiEmulator.Answer answer = deployed("indexUpload").invoke("s3-object-created.json");
        assertThat(answer.kind()).isEqualTo("response");
        JsonNode entry = json(answer);
        assertThat(entry.path("bucket").asString()).isEqualTo("docs");
        assertThat(entry.path("key").asString()).isEqualTo("uploads/a b+c.pdf");
        assertThat(entry.path("size").asLong()).isEqualTo(1024);
        assertThat(entry.has("contentType")).isTrue();
        assertThat(entry.path("contentType").isNull()).isTrue();
    }

    @Test
    void aFailingS3RecordIsAFunctionError() {
        ObjectNode event = DeployedLambda.fixtureTree("s3-object-created.json");
        ((ObjectNode) event.path("Records").path(0).path("s3").path("bucket")).put("name", "");
        RuntimeApiEmulator.Answer answer = deployed("indexUpload").invoke(DeployedLambda.JSON.writeValueAsBytes(event));
        assertThat(answer.kind()).isEqualTo("error");
        assertThat(json(answer).path("errorMessage").asString()).contains("bucket").doesNotContain("\tat ");
    }

    @Test
    void scheduledEventRunsTheNightlyReport() {
        RuntimeApiEmulator.Answer answer = deployed("nightlyReport").invoke("eventbridge-scheduled.json");
        assertThat(answer.kind()).isEqualTo("response");
        JsonNode report = json(answer);
        assertThat(report.path("schedule").asString()).isEqualTo("nightly-report");
        assertThat(report.path("firedAt").asString()).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(report.has("orders")).isTrue();
    }

    @Test
    void binaryRequestBodiesAreDecoded() {
        ObjectNode event = DeployedLambda.fixtureTree("function-url-uppercase.json");
        event.put("body", Base64.getEncoder().encodeToString("grüße".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        JsonNode out = json(deployed("uppercase").invoke(DeployedLambda.JSON.writeValueAsBytes(event)));
        assertThat(out.path("body").asString()).isEqualTo("GRÜSSE");
    }

    private static void assertConfirmation(JsonNode confirmation) {
        assertThat(confirmation.path("orderId").asString()).isNotBlank();
        assertThat(confirmation.path("customerId").asString()).isEqualTo("c-42");
        assertThat(confirmation.path("total").decimalValue()).isEqualByComparingTo("26.25");
        assertThat(confirmation.path("status").asString()).isEqualTo("ACCEPTED");
    }

    private static List<String> failedIds(RuntimeApiEmulator.Answer answer) {
        assertThat(answer.kind()).isEqualTo("response");
        List<String> ids = new ArrayList<>();
        json(answer).path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asString()));
        return ids;
    }
}
