package dev.polyfn.examples.orders.aws;

import static dev.polyfn.examples.orders.aws.DeployedLambda.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * processPayment from Kinesis, DynamoDB Streams, SQS FIFO and Kafka, end to end: orders-aws.jar under the real
 * runtime interface client. The example declares no Kafka trigger, so Kafka events are rejected by name; a
 * deployment with {@code POLYFN_FUNCTIONS_PROCESSPAYMENT_KAFKA_TOPIC} set processes them. Cognito triggers are
 * rejected by name and never reach the function.
 */
class OrdersAwsStreamsIT {

    private static final String KINESIS_2 = "49590338271490256608559692540925702759324208523137515618";

    private static DeployedLambda payments;
    private static DeployedLambda paymentsWithKafka;

    @BeforeAll
    static void deploy() {
        payments = DeployedLambda.start("processPayment");
        paymentsWithKafka = DeployedLambda.start("processPayment-kafka", "processPayment",
                Map.of("POLYFN_FUNCTIONS_PROCESSPAYMENT_KAFKA_TOPIC", "payments"));
    }

    @AfterAll
    static void stop() {
        payments.close();
        paymentsWithKafka.close();
    }

    @Test
    void kinesisReportsTheSequenceNumberOfTheFirstFailedRecord() {
        assertThat(failedIds(payments.invoke("kinesis-payments.json"))).containsExactly(KINESIS_2);
        assertThat(failedIds(payments.invoke("kinesis-bad-base64.json"))).containsExactly(KINESIS_2);
        RuntimeApiEmulator.Answer allValid = payments.invoke("kinesis-all-valid.json");
        assertThat(allValid.kind()).isEqualTo("response");
        assertThat(json(allValid).path("batchItemFailures").isArray()).isTrue();
        assertThat(failedIds(allValid)).isEmpty();
    }

    @Test
    void dynamoDbStreamsReadThePaymentFromTheNewImage() {
        assertThat(failedIds(payments.invoke("dynamodb-all-valid.json"))).isEmpty();
        assertThat(failedIds(payments.invoke("dynamodb-payments.json"))).containsExactly("111000000000000000002");
        assertThat(failedIds(payments.invoke("dynamodb-bad-attribute-value.json")))
            .containsExactly("111000000000000000002");
    }

    @Test
    void sqsFifoHoldsBackOnlyTheFailedGroups() {
        assertThat(failedIds(payments.invoke("sqs-fifo-groups.json"))).containsExactly(
                "b1000000-0000-4000-8000-000000000002", "b2000000-0000-4000-8000-000000000004",
                "c1000000-0000-4000-8000-000000000005", "c2000000-0000-4000-8000-000000000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka-msk-payments.json", "kafka-self-managed-payments.json"})
    void kafkaIsRejectedByNameForTheExampleWhichDeclaresNoKafkaTrigger(String fixture) {
        String source = DeployedLambda.fixtureTree(fixture).path("eventSource").asString();
        JsonNode problem = problem(payments.invoke(fixture));
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains(source, "polyfn.functions.processPayment.kafka.");
    }

    @Test
    void kafkaIsProcessedWhenTheDeploymentDeclaresAKafkaTrigger() {
        RuntimeApiEmulator.Answer valid = paymentsWithKafka.invoke("kafka-msk-payments.json");
        assertThat(valid.kind()).isEqualTo("response");
        assertThat(failedIds(valid)).isEmpty();
        JsonNode failed = problem(paymentsWithKafka.invoke("kafka-self-managed-payments.json"));
        assertThat(failed.path("status").asInt()).isEqualTo(400);
        assertThat(problem(paymentsWithKafka.invoke("kafka-bad-base64.json")).path("detail").asString())
            .contains("payments-0@15");
    }

    @Test
    void cognitoTriggersAreRejectedByName() {
        for (String fixture : List.of("unsupported/cognito-pre-sign-up.json",
                "unsupported/cognito-pre-token-generation-v2.json")) {
            JsonNode problem = problem(payments.invoke(fixture));
            assertThat(problem.path("status").asInt()).as(fixture).isEqualTo(400);
            assertThat(problem.path("detail").asString()).as(fixture).contains("Amazon Cognito user pool trigger");
        }
        assertThat(payments.process().log()).doesNotContain("must not be blank");
    }

    /** The problem carried by a Lambda function error. */
    private static JsonNode problem(RuntimeApiEmulator.Answer answer) {
        assertThat(answer.kind()).isEqualTo("error");
        JsonNode error = json(answer);
        assertThat(error.path("errorType").asString()).isEqualTo("dev.polyfn.aws.FunctionErrorException");
        return DeployedLambda.JSON.readTree(error.path("errorMessage").asString());
    }

    private static List<String> failedIds(RuntimeApiEmulator.Answer answer) {
        assertThat(answer.kind()).isEqualTo("response");
        List<String> ids = new ArrayList<>();
        json(answer).path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asString()));
        return ids;
    }
}
