package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SQS batches: exactly the failed records are reported; FIFO queues stop at the first failure. */
class SqsTest {

    private static final String VALID_1 = "059f36b4-87a3-44ab-83d2-661975830a7d";
    private static final String AMOUNT_0 = "2e1424d4-f796-459a-8184-9c92662be6da";
    private static final String UNREADABLE = "8f0e3f1c-3e5a-4c8e-9a0b-5d2f7e6c1a44";
    private static final String VALID_4 = "c2b7a9d0-1f3e-4b6a-8d5c-7e9f0a1b2c3d";

    @Test
    void standardQueueReportsExactlyTheFailedRecords() {
        JsonNode out = TestHandlers.call("processPayment", "sqs-payments.json");
        assertThat(failedIds(out)).containsExactly(AMOUNT_0, UNREADABLE);
    }

    @Test
    void fifoQueueFailsEverythingFromTheFirstFailureOn() {
        JsonNode out = TestHandlers.call("processPayment", "sqs-fifo-payments.json");
        assertThat(failedIds(out)).containsExactly(AMOUNT_0, UNREADABLE, VALID_4).doesNotContain(VALID_1);
    }

    @Test
    void fifoQueueHoldsBackOnlyTheLaterRecordsOfEachFailedGroup() {
        // groups a: a1 a2 a3 (all valid); b: b1 (amount 0) b2; c: c1 (unreadable) c2
        JsonNode out = TestHandlers.call("processPayment", "sqs-fifo-groups.json");
        assertThat(failedIds(out)).containsExactly("b1000000-0000-4000-8000-000000000002",
                "b2000000-0000-4000-8000-000000000004", "c1000000-0000-4000-8000-000000000005",
                "c2000000-0000-4000-8000-000000000007");
    }

    @Test
    void allSucceededAnswersAnEmptyList() {
        byte[] out = TestHandlers.invoke("processPayment", Fixtures.bytes("sqs-all-valid.json"));
        JsonNode tree = Fixtures.read(out);
        assertThat(tree.path("batchItemFailures").isArray()).isTrue();
        assertThat(tree.path("batchItemFailures")).isEmpty();
        assertThat(tree.properties()).hasSize(1);
    }

    @Test
    void aFunctionOfTextGetsTheBody() {
        JsonNode out = TestHandlers.call("uppercase", "sqs-payments.json");
        assertThat(failedIds(out)).isEmpty();
    }

    @Test
    void anUnexpectedFailureFailsEveryRecordButNeverTheInvocation() {
        JsonNode out = TestHandlers.call("explode", "sqs-payments.json");
        assertThat(failedIds(out)).containsExactly(VALID_1, AMOUNT_0, UNREADABLE, VALID_4);
    }

    private static List<String> failedIds(JsonNode out) {
        List<String> ids = new ArrayList<>();
        out.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asString()));
        return ids;
    }
}
