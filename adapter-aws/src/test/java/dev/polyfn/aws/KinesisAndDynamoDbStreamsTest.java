package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ChangeKind;
import dev.polyfn.core.StreamRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Kinesis and DynamoDB Streams batches: the payload reaches the function, processing stops at the first failed
 * record, and only its sequence number is reported (ReportBatchItemFailures).
 */
class KinesisAndDynamoDbStreamsTest {

    private static final String KINESIS_1 = "49590338271490256608559692538361571095921575989136588898";
    private static final String KINESIS_2 = "49590338271490256608559692540925702759324208523137515618";

    @BeforeEach
    void clear() {
        AwsTestFunctions.RECORDED.clear();
        AwsTestFunctions.EVENTS.clear();
    }

    @Test
    void kinesisStopsAtTheFirstFailedRecordAndReportsOnlyIt() {
        JsonNode out = TestHandlers.call("recordPayment", "kinesis-payments.json");
        assertThat(failedIds(out)).containsExactly(KINESIS_2);
        assertThat(out.path("batchItemFailures").get(0).properties()).hasSize(1);
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1", "p-2");
    }

    @Test
    void kinesisAllValidAnswersAnEmptyList() {
        JsonNode out = TestHandlers.call("processPayment", "kinesis-all-valid.json");
        assertThat(out.path("batchItemFailures").isArray()).isTrue();
        assertThat(out.path("batchItemFailures")).isEmpty();
        assertThat(out.properties()).hasSize(1);
    }

    @Test
    void aKinesisRecordThatIsNotBase64FailsAloneAndStopsTheBatch() {
        JsonNode out = TestHandlers.call("recordPayment", "kinesis-bad-base64.json");
        assertThat(failedIds(out)).containsExactly(KINESIS_2);
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1");
    }

    @Test
    void aStreamRecordFunctionGetsTheKinesisRecord() {
        JsonNode out = TestHandlers.call("recordStream", "kinesis-all-valid.json");
        assertThat(failedIds(out)).isEmpty();
        assertThat(AwsTestFunctions.EVENTS).hasSize(2);
        StreamRecord first = (StreamRecord) AwsTestFunctions.EVENTS.get(0);
        assertThat(first.source()).isEqualTo("aws:kinesis");
        assertThat(first.stream()).isEqualTo("arn:aws:kinesis:eu-west-1:123456789012:stream/payments");
        assertThat(first.partition()).isEqualTo("shardId-000000000006");
        assertThat(first.partitionKey()).isEqualTo("o-1");
        assertThat(first.sequenceNumber()).isEqualTo(KINESIS_1);
        assertThat(first.dataAsString()).isEqualTo("{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}");
        assertThat(first.arrivalTime()).isEqualTo(Instant.ofEpochSecond(1795442400, 123_000_000));
    }

    @Test
    void dynamoDbReadsThePaymentFromTheNewImageAndStopsAtTheFirstFailure() {
        JsonNode out = TestHandlers.call("recordPayment", "dynamodb-payments.json");
        assertThat(failedIds(out)).containsExactly("111000000000000000002");
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1", "p-2");
    }

    @Test
    void dynamoDbAllValidAnswersAnEmptyList() {
        JsonNode out = TestHandlers.call("processPayment", "dynamodb-all-valid.json");
        assertThat(out.path("batchItemFailures")).isEmpty();
    }

    @Test
    void aRecordWithBadAttributeValuesFailsAloneAndStopsTheBatch() {
        JsonNode out = TestHandlers.call("recordPayment", "dynamodb-bad-attribute-value.json");
        assertThat(failedIds(out)).containsExactly("111000000000000000002");
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1");
    }

    @Test
    void aChangeEventFunctionGetsInsertsUpdatesAndDeletions() {
        JsonNode out = TestHandlers.call("recordChange", "dynamodb-changes.json");
        assertThat(failedIds(out)).isEmpty();
        assertThat(AwsTestFunctions.EVENTS).extracting(e -> ((ChangeEvent) e).kind())
            .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.DELETED);
        ChangeEvent insert = (ChangeEvent) AwsTestFunctions.EVENTS.get(0);
        assertThat(insert.keys()).isEqualTo(Map.of("paymentId", "p-1"));
        assertThat(insert.newImage()).containsEntry("amount", new BigDecimal("10.00")).containsEntry("paid", true)
            .containsEntry("tags", List.of("card", "eu")).containsEntry("note", null);
        assertThat(insert.oldImage()).isNull();
        assertThat(insert.sequenceNumber()).isEqualTo("111000000000000000001");
        assertThat(insert.time()).isEqualTo(Instant.ofEpochSecond(1795442400));
        ChangeEvent remove = (ChangeEvent) AwsTestFunctions.EVENTS.get(2);
        assertThat(remove.newImage()).isNull();
        assertThat(remove.oldImage()).containsEntry("amount", new BigDecimal("12.00"));
    }

    @Test
    void aDeletionFailsForAPaymentFunctionAfterTheChangesBeforeIt() {
        JsonNode out = TestHandlers.call("recordPayment", "dynamodb-changes.json");
        assertThat(failedIds(out)).containsExactly("111000000000000000003");
        assertThat(AwsTestFunctions.RECORDED).containsExactly("p-1", "p-1");
    }

    static List<String> failedIds(JsonNode out) {
        List<String> ids = new ArrayList<>();
        out.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asString()));
        return ids;
    }
}
