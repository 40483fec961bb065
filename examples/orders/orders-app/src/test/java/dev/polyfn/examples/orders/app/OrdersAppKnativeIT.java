package dev.polyfn.examples.orders.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.polyfn.core.testkit.Observed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * orders-app.jar as docs/knative.md's Knative Service runs it (its environment read from the manifest on that
 * page), sent what Knative Eventing's broker sends for the page's Trigger: a CloudEvent of the Trigger's filtered
 * type, to the subscriber's path, in binary mode with the broker's extensions, and in structured mode.
 */
class OrdersAppKnativeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOC = Path.of(System.getProperty("polyfn.docs", "../../../docs"), "knative.md");

    private static Map<String, Object> service;
    private static Map<String, Object> trigger;
    private static OrdersAppProcess app;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void startAsTheServiceDoes() throws Exception {
        for (Object manifest : new Yaml().loadAll(yamlBlock(Files.readString(DOC)))) {
            Map<String, Object> resource = (Map<String, Object>) manifest;
            if ("Service".equals(resource.get("kind"))) {
                service = resource;
            }
            if ("Trigger".equals(resource.get("kind"))) {
                trigger = resource;
            }
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map<String, Object> variable : containerEnv()) {
            environment.put((String) variable.get("name"), String.valueOf(variable.get("value")));
        }
        app = OrdersAppProcess.start("orders-app-knative.log", environment);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theManifestsAreTheOnesThePageDescribes() {
        assertThat(containerEnv()).extracting(v -> v.get("name")).contains("SPRING_CLOUD_FUNCTION_DEFINITION");
        assertThat(filteredType()).isEqualTo("dev.polyfn.orders.payment");
        assertThat(subscriberPath()).isEqualTo("/");
    }

    @Test
    void aBinaryModeEventAsTheBrokerSendsItIsProcessed() {
        assertThat(binary("knative/payment.json").status()).isEqualTo(202);
    }

    @Test
    void aPaymentThatCanNeverSucceedAnswers500SoKnativeRetriesThenDeadLetters() {
        Observed answer = binary("knative/payment-zero-amount.json");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.bodyText()).contains("\"status\":500", "failed with status 400");
    }

    @Test
    void aStructuredModeEventIsProcessed() {
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", "s-1")
            .put("source", "/apis/v1/namespaces/default/pingsources/payments").put("type", filteredType())
            .put("datacontenttype", "application/json");
        event.set("data", JSON.readTree(OrdersAppReplayTest.read("knative/payment.json")));
        Observed answer = app.http().send(HttpRequest.newBuilder(uri())
            .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(event.toString())).build());

        assertThat(answer.status()).isEqualTo(202);
    }

    @Test
    void aRequestThatIsNotACloudEventStillReachesTheFunctionsHttpEndpoint() {
        Observed answer = app.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/processPayment")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(OrdersAppReplayTest.read("knative/payment.json"))).build());

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).isEmpty();
    }

    /** What Knative's broker sends (knative/eventing, pkg/broker/filter/filter_handler.go): the event plus its own. */
    private Observed binary(String data) {
        return app.http().send(HttpRequest.newBuilder(uri())
            .header("ce-specversion", "1.0").header("ce-id", "9f1c2d3e-broker")
            .header("ce-source", "/apis/v1/namespaces/default/pingsources/payments").header("ce-type", filteredType())
            .header("ce-time", "2026-12-01T10:00:00Z").header("ce-knativearrivaltime", "2026-12-01T10:00:00.123Z")
            .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            .header("Prefer", "reply").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(OrdersAppReplayTest.read(data))).build());
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + app.port() + subscriberPath());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> containerEnv() {
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) service
            .get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) spec.get("containers")).get(0);
        return new ArrayList<>((List<Map<String, Object>>) container.get("env"));
    }

    @SuppressWarnings("unchecked")
    private static String filteredType() {
        Map<String, Object> spec = (Map<String, Object>) trigger.get("spec");
        return (String) ((Map<String, Object>) ((Map<String, Object>) spec.get("filter")).get("attributes")).get("type");
    }

    @SuppressWarnings("unchecked")
    private static String subscriberPath() {
        Map<String, Object> subscriber = (Map<String, Object>) ((Map<String, Object>) trigger.get("spec")).get("subscriber");
        Object uri = subscriber.get("uri");
        return uri == null ? "/" : uri.toString();
    }

    private static String yamlBlock(String markdown) throws IOException {
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        if (!block.find()) {
            throw new IOException(DOC + " has no yaml block");
        }
        return block.group(1);
    }
}
