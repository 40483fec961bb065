package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.polyfn.aws.internal.AwsEventShape;
import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.Scenarios;
import tools.jackson.databind.JsonNode;

/**
 * Every AWS envelope through {@link PolyfnHandler}, bytes in and bytes out, as the runtime client calls it. Seeds: the
 * event fixtures under {@code events/aws} (see the pom). Invariants: nothing but a {@link FunctionErrorException}
 * escapes (and only with a 4xx problem: these functions never fail on their own); an HTTP event gets its proxy
 * response shape with a status below 500; a batch gets {@code batchItemFailures}; a problem is well-formed and leaks
 * nothing the caller did not send.
 */
class AwsHandlerFuzzTest {

    private static final Map<String, PolyfnHandler> HANDLERS = new ConcurrentHashMap<>();
    private static final EnvelopeReader ENVELOPES = new EnvelopeReader(
            new dev.polyfn.core.rules.EnvelopeLimits(dev.polyfn.core.PolyfnProperties.defaults()));

    @FuzzTest(maxDuration = "2m")
    void createOrderEvents(byte[] payload) {
        answer("createOrder", payload);
    }

    @FuzzTest(maxDuration = "2m")
    void processPaymentEvents(byte[] payload) {
        answer("processPayment", payload);
    }

    @FuzzTest(maxDuration = "2m")
    void uppercaseEvents(byte[] payload) {
        answer("uppercase", payload);
    }

    private static void answer(String function, byte[] payload) {
        JsonNode event = ENVELOPES.read(payload);
        String sent = sent(payload, event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler(function).handleRequest(new ByteArrayInputStream(payload), out, new TestLambdaContext("fuzz"));
        }
        catch (FunctionErrorException e) {
            assertThat(e.status()).as("a failed event is the caller's fault: %s", e.getMessage()).isBetween(400, 499);
            Answers.assertProblemLeaksNothing(
                    Answers.assertProblem(e.status(), e.getMessage().getBytes(StandardCharsets.UTF_8)), sent);
            return;
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        JsonNode answer = Fixtures.read(out.toByteArray());
        AwsEventShape shape = AwsEventShape.of(event);
        if (shape.isHttp()) {
            proxyResponse(answer, shape, sent);
        }
        else if (shape == AwsEventShape.SQS || shape == AwsEventShape.KINESIS || shape == AwsEventShape.DYNAMODB_STREAMS) {
            assertThat(answer.path("batchItemFailures").isArray()).as("batch answer %s", answer).isTrue();
            answer.path("batchItemFailures").forEach(failure -> assertThat(failure.has("itemIdentifier")).isTrue());
        }
    }

    private static void proxyResponse(JsonNode answer, AwsEventShape shape, String sent) {
        int status = answer.path("statusCode").asInt(-1);
        assertThat(status).as("status of %s", abbreviate(answer)).isBetween(200, 499);
        // headers, or multiValueHeaders when an ALB target group has multi-value headers on
        String contentType = answer.path("headers").has("Content-Type")
                ? answer.path("headers").path("Content-Type").asString("")
                : answer.path("multiValueHeaders").path("Content-Type").path(0).asString("");
        assertThat(contentType).isNotBlank();
        assertThat(answer.path("body").isString()).isTrue();
        assertThat(answer.path("isBase64Encoded").isBoolean()).isTrue();
        if (shape == AwsEventShape.ALB) {
            assertThat(answer.path("statusDescription").asString("")).startsWith(status + " ");
        }
        if (contentType.startsWith("application/problem+json")) {
            String body = answer.path("body").asString();
            Answers.assertProblemLeaksNothing(Answers.assertProblem(status, body.getBytes(StandardCharsets.UTF_8)),
                    sent);
        }
    }

    /** Everything the caller sent, in every decoding the adapter applies: raw, JSON-unescaped, base64-decoded. */
    private static String sent(byte[] payload, JsonNode event) {
        StringBuilder all = new StringBuilder(new String(payload, StandardCharsets.UTF_8))
            .append(new String(payload, StandardCharsets.ISO_8859_1));
        if (event != null) {
            collect(event, all);
        }
        return all.toString();
    }

    private static void collect(JsonNode node, StringBuilder all) {
        node.properties().forEach(e -> all.append(' ').append(e.getKey()));
        if (node.isString()) {
            String text = node.asString();
            all.append(' ').append(text);
            try {
                byte[] decoded = Base64.getMimeDecoder().decode(text);
                all.append(' ').append(new String(decoded, StandardCharsets.UTF_8))
                    .append(new String(decoded, StandardCharsets.ISO_8859_1));
            }
            catch (IllegalArgumentException notBase64) {
                // not every string is base64
            }
        }
        node.forEach(child -> collect(child, all));
    }

    private static PolyfnHandler handler(String function) {
        return HANDLERS.computeIfAbsent(function, fn -> new PolyfnHandler(PolyfnRuntime.start(Map.of(
                PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION,
                "spring.cloud.function.definition", fn, "polyfn.logging.invocations", "false"))));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
