package dev.polyfn.local.replay;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.rules.EventFailurePolicy;
import dev.polyfn.gcp.PolyfnCloudEventFunction;
import dev.polyfn.gcp.event.GcpCloudEventMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CloudEvents over HTTP, with the semantics of Google's CloudEvents entry point ({@link PolyfnCloudEventFunction},
 * whose code runs them): binary mode ({@code ce-*} headers) and structured mode
 * ({@code Content-Type: application/cloudevents+json}) at {@code POST /{function}} and, for the deployed function,
 * {@code POST /} (where Knative Eventing and Cloud Run deliver); also {@code POST /events/gcp/{function}}, which
 * takes a Pub/Sub push body too, wrapped as Eventarc wraps it ({@code messagePublished}). Answers:
 * {@code 202} when processed, else a problem whose status follows core's {@link EventFailurePolicy}.
 *
 * <p>Example: {@code curl localhost:8080/processPayment -H 'ce-specversion: 1.0' -H 'ce-id: 1' -H 'ce-source: /s'
 * -H 'ce-type: payment' -H 'Content-Type: application/json' -d '{"paymentId":"p-1","orderId":"o-1","amount":10}'}
 * answers 202; with amount 0 it answers 500 (Knative retries, then dead-letters it), or 400 with {@code reject}.
 */
@Hidden
@RestController
class CloudEventsEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReplayRuntimes runtimes;
    private final EventFailurePolicy policy;
    private final Map<String, PolyfnCloudEventFunction> functions = new ConcurrentHashMap<>();

    CloudEventsEndpoint(ReplayRuntimes runtimes, EventFailurePolicy policy) {
        this.runtimes = runtimes;
        this.policy = policy;
    }

    // the body is read from the request, not bound with @RequestBody: an optional body would make Spring match the
    // consumes condition for any request without one, taking plain HTTP calls away from the function endpoint

    @PostMapping(path = "/{function}", headers = "ce-specversion")
    ResponseEntity<byte[]> binary(@PathVariable("function") String function, HttpServletRequest request) {
        return deliver(function, request, false);
    }

    @PostMapping(path = "/{function}", consumes = "application/cloudevents+json")
    ResponseEntity<byte[]> structured(@PathVariable("function") String function, HttpServletRequest request) {
        return deliver(function, request, false);
    }

    @PostMapping(path = "/", headers = "ce-specversion")
    ResponseEntity<byte[]> binaryToDeployed(HttpServletRequest request) {
        return deliverToDeployed(request);
    }

    @PostMapping(path = "/", consumes = "application/cloudevents+json")
    ResponseEntity<byte[]> structuredToDeployed(HttpServletRequest request) {
        return deliverToDeployed(request);
    }

    @PostMapping("/events/gcp/{function}")
    ResponseEntity<byte[]> replay(@PathVariable("function") String function, HttpServletRequest request) {
        return deliver(function, request, true);
    }

    private ResponseEntity<byte[]> deliverToDeployed(HttpServletRequest request) {
        try {
            return deliver(runtimes.deployed(), request, false);
        }
        catch (ProblemException e) {
            return ReplayAnswers.problem(e, "/");
        }
    }

    private ResponseEntity<byte[]> deliver(String function, HttpServletRequest request, boolean pubSubPush) {
        String instance = request.getRequestURI();
        try {
            byte[] body = ReplayBodies.read(request, runtimes.functions().properties().maxBodyBytes());
            PolyfnCloudEventFunction target = functions.computeIfAbsent(function,
                    name -> new PolyfnCloudEventFunction(runtimes.of(name)));
            CloudEvent event = pubSubPush && request.getHeader("ce-specversion") == null && !structured(request)
                    ? pubSubPush(body) : read(request, body);
            PortableResponse answer = target.respond(event);
            return ReplayAnswers.delivery(answer, policy, instance);
        }
        catch (ProblemException e) {
            return ReplayAnswers.problem(e, instance);
        }
    }

    private static boolean structured(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/cloudevents");
    }

    /** A CloudEvent in binary or structured mode, by the CloudEvents SDK's HTTP binding. */
    private static CloudEvent read(HttpServletRequest request, byte[] body) {
        try {
            return HttpMessageFactory.createReader(headers -> Collections.list(request.getHeaderNames())
                    .forEach(name -> headers.accept(name, request.getHeader(name))), body == null ? new byte[0] : body)
                .toEvent();
        }
        catch (RuntimeException e) {
            throw new ProblemException(400, "The request is not a CloudEvent in binary or structured mode: send"
                    + " ce-specversion, ce-id, ce-source and ce-type headers, or an application/cloudevents+json body.");
        }
    }

    /** A Pub/Sub push body as Eventarc delivers it: a messagePublished CloudEvent whose data is the body. */
    private static CloudEvent pubSubPush(byte[] body) {
        JsonNode push;
        try {
            push = body == null || body.length == 0 ? null : JSON.readTree(body);
        }
        catch (RuntimeException e) {
            push = null;
        }
        if (push == null || !push.path("message").isObject()) {
            throw new ProblemException(400, "The request is neither a CloudEvent nor a Pub/Sub push body"
                    + " ({\"message\":{...},\"subscription\":\"...\"}).");
        }
        String id = push.path("message").path("messageId").asString(push.path("message").path("message_id")
            .asString("local"));
        String subscription = push.path("subscription").asString("projects/local/subscriptions/local");
        return CloudEventBuilder.v1().withId(id.isBlank() ? "local" : id)
            .withSource(URI.create("//pubsub.googleapis.com/" + subscription.replaceAll("[^A-Za-z0-9/._-]", "-")))
            .withType(GcpCloudEventMapper.PUBSUB_PUBLISHED).withDataContentType("application/json").withData(body)
            .build();
    }
}
