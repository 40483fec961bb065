package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.polyfn.core.testkit.Observed;
import dev.polyfn.local.PolyfnLocalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Local event replay on the orders app: each provider event of {@code examples/orders/replay/}, sent as
 * docs/local-replay.md's curl lines send it, runs through that provider's adapter code and gives its answer.
 */
@SpringBootTest(classes = PolyfnLocalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersAppReplayTest {

    static final Path EVENTS = Path.of(System.getProperty("orders.replay", "../replay"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void anSqsBatchAnswersLambdasBatchItemFailures() {
        Observed answer = post("/events/aws/processPayment", "aws/sqs-payments.json", "application/json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(json(answer).path("batchItemFailures").findValuesAsString("itemIdentifier"))
            .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da", "8f0e3f1c-3e5a-4c8e-9a0b-5d2f7e6c1a44");
    }

    @Test
    void anS3NotificationAnswersTheFunctionsResult() {
        JsonNode entry = json(post("/events/aws/indexUpload", "aws/s3-upload.json", "application/json"));

        assertThat(entry.path("bucket").asString()).isEqualTo("docs");
        assertThat(entry.path("key").asString()).isEqualTo("uploads/a b+c.pdf");
        assertThat(entry.path("size").asLong()).isEqualTo(1024);
        assertThat(entry.path("contentType").isNull()).isTrue();
    }

    @Test
    void anSnsNotificationRunsTheConsumer() {
        Observed answer = post("/events/aws/processPayment", "aws/sns-payment.json", "application/json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText()).isEqualTo("null");
    }

    @Test
    void aPubSubPushIsAcknowledgedOrFailedForRedelivery() {
        assertThat(post("/events/gcp/processPayment", "gcp/pubsub-push-payment.json", "application/json").status())
            .isEqualTo(202);
        Observed failed = post("/events/gcp/processPayment", "gcp/pubsub-push-payment-zero-amount.json",
                "application/json");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(json(failed).path("detail").asString()).contains("status 400", "greater than 0");
    }

    @Test
    void aStructuredCloudEventOfCloudStorageReachesTheFunction() {
        assertThat(post("/events/gcp/indexUpload", "gcp/storage-object-finalized.cloudevent.json",
                "application/cloudevents+json").status()).isEqualTo(202);
    }

    @Test
    void anEventGridEventAndAQueueMessageRunThroughTheAzureEntryPoints() {
        assertThat(post("/events/azure/indexUpload/eventgrid", "azure/eventgrid-blob-created.json",
                "application/json").status()).isEqualTo(202);
        assertThat(post("/events/azure/processPayment/queue?id=m-1", "azure/queue-payment.json", "text/plain")
            .status()).isEqualTo(202);
        Observed failed = post("/events/azure/processPayment/queue?id=m-2", "azure/queue-payment-zero-amount.json",
                "text/plain");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(json(failed).path("detail").asString()).contains("failed with status 400");
    }

    @Test
    void aBinaryModeCloudEventAsKnativeSendsIt() {
        assertThat(cloudEvent("/processPayment", "knative/payment.json").status()).isEqualTo(202);
        Observed failed = cloudEvent("/processPayment", "knative/payment-zero-amount.json");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownFunctionsAndTriggersAnswer404Problems() {
        assertThat(post("/events/aws/nothing", "aws/sns-payment.json", "application/json").status()).isEqualTo(404);
        assertThat(post("/events/azure/processPayment/timer", "azure/queue-payment.json", "text/plain").status())
            .isEqualTo(404);
    }

    /** Every curl line of docs/local-replay.md, sent as curl sends it, answers the status its comment names. */
    @Test
    void everyCurlLineOfTheReplayPageAnswersAsItSays() throws IOException {
        Path doc = Path.of(System.getProperty("polyfn.docs", "../../../docs"), "local-replay.md");
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^curl -s '?localhost:8080([^' ]+)'? "
                + "-H 'Content-Type: ([^']+)' --data-binary @examples/orders/replay/(\\S+) # answers (\\d{3})$")
            .matcher(Files.readString(doc));
        int lines = 0;
        while (line.find()) {
            Observed answer = post(line.group(1), line.group(3), line.group(2));
            assertThat(answer.status()).as(line.group()).isEqualTo(Integer.parseInt(line.group(4)));
            lines++;
        }
        assertThat(lines).as("curl lines in %s", doc).isEqualTo(9);
    }

    private Observed post(String path, String file, String contentType) {
        return new LocalHttp(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(read(file))).build());
    }

    private Observed cloudEvent(String path, String file) {
        return new LocalHttp(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("ce-specversion", "1.0").header("ce-id", "a1b2c3").header("ce-source", "/apis/v1/namespaces/orders")
            .header("ce-type", "dev.polyfn.orders.payment").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(read(file))).build());
    }

    static byte[] read(String file) {
        try {
            return Files.readAllBytes(EVENTS.resolve(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Observed answer) {
        return JSON.readTree(answer.body());
    }
}
