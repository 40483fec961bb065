package dev.polyfn.maven.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.polyfn.maven.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gcp-deploy.sh generated from declarations/shop.properties: one deploy per exposed bean and trigger. */
class GcpDeployScriptWriterTest {

    private final String script = new GcpDeployScriptWriter("shop-gcp.jar", Shop.declarations()).write();

    @Test
    void oneDeployPerBeanAndTrigger() {
        assertThat(deploys()).containsExactly("audit-document", "create-order", "index-upload", "nightly-report",
                "order-events", "process-payment");
    }

    @Test
    void httpRunsTheHttpEntryPointAndEventsTheCloudEventOneWithRetries() {
        String createOrder = command("create-order");
        assertThat(createOrder).contains("--gen2", "--runtime=java17", "--source=\"$SOURCE\"",
                "--entry-point=dev.polyfn.gcp.PolyfnHttpFunction", "--trigger-http", "--allow-unauthenticated",
                "--set-env-vars=SPRING_CLOUD_FUNCTION_DEFINITION=createOrder");
        String queue = command("process-payment");
        assertThat(queue).contains("--entry-point=dev.polyfn.gcp.PolyfnCloudEventFunction", "--retry",
                "--trigger-topic=payments", "--set-env-vars=SPRING_CLOUD_FUNCTION_DEFINITION=processPayment");
        assertThat(command("index-upload")).contains("--trigger-bucket=uploads", "--retry");
        assertThat(command("audit-document")).contains(
                "--trigger-event-filters=type=google.cloud.firestore.document.v1.written",
                "--trigger-event-filters-path-pattern=document='orders/{orderId}'");
        assertThat(script).contains("REGION=\"${REGION:-europe-west1}\"");
    }

    @Test
    void deadLettersAndSchedules() {
        assertThat(script).contains("gcloud pubsub subscriptions update \"$SUBSCRIPTION\""
                + " --dead-letter-topic=payments-dead-letter --max-delivery-attempts=3");
        assertThat(script).contains("--dead-letter-topic=order-events-dead-letter --max-delivery-attempts=5");
        assertThat(command("nightly-report")).contains("--trigger-topic=nightly-report-schedule");
        assertThat(script).contains("gcloud scheduler jobs create pubsub nightly-report --location=\"$REGION\"",
                "--schedule='0 2 * * MON-FRI' --time-zone=Etc/UTC --topic=nightly-report-schedule",
                "--attributes=scheduleName=nightlyReport");
    }

    @Test
    void streamsOfOtherCloudsAreLeftOut() {
        assertThat(script).doesNotContain("ingest", "kinesis", "eventhub");
    }

    @Test
    void bashAcceptsTheScript(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gcp-deploy.sh");
        Files.writeString(file, script);
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(bash.getInputStream().readAllBytes())).isEmpty();
        assertThat(bash.exitValue()).isZero();
    }

    private List<String> deploys() {
        return Arrays.stream(script.split("\n")).filter(l -> l.startsWith("gcloud functions deploy "))
            .map(l -> l.split(" ")[3]).toList();
    }

    private String command(String function) {
        int start = script.indexOf("gcloud functions deploy " + function + " ");
        int end = script.indexOf("\n\n", start);
        return script.substring(start, end < 0 ? script.length() : end);
    }
}
