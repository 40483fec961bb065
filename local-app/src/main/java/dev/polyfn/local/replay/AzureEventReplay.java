package dev.polyfn.local.replay;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.blob.PolyfnAzureBlob;
import dev.polyfn.azure.eventgrid.PolyfnAzureEventGrid;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.rules.EventFailurePolicy;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /events/azure/{function}/{trigger}}: an Azure event as the Functions host binds it, through the
 * Azure adapter's entry points ({@link PolyfnAzureQueue}, {@link PolyfnAzureBlob}, {@link PolyfnAzureEventGrid}):
 * <ul>
 * <li>{@code queue}: the body is the queue message ({@code ?id=} its id, {@code ?dequeueCount=} its attempt);</li>
 * <li>{@code blob}: the body is the blob's content, {@code ?path=<container>/<name>} its path;</li>
 * <li>{@code eventgrid}: the body is the Event Grid event (or the one-event array Event Grid posts).</li>
 * </ul>
 * {@code 202} when processed; a failure (which the host would retry, then poison) answers its problem with the
 * status of core's {@link EventFailurePolicy}.
 */
@Hidden
@RestController
class AzureEventReplay {

    private final ReplayRuntimes runtimes;
    private final EventFailurePolicy policy;
    private final Map<String, PolyfnAzure> apps = new ConcurrentHashMap<>();

    AzureEventReplay(ReplayRuntimes runtimes, EventFailurePolicy policy) {
        this.runtimes = runtimes;
        this.policy = policy;
    }

    @PostMapping("/events/azure/{function}/{trigger}")
    ResponseEntity<byte[]> replay(@PathVariable("function") String function, @PathVariable("trigger") String trigger,
            @RequestHeader(name = "x-request-id", required = false) String requestId,
            @RequestParam(name = "id", required = false) String messageId,
            @RequestParam(name = "dequeueCount", defaultValue = "1") long dequeueCount,
            @RequestParam(name = "path", required = false) String path,
            @RequestBody(required = false) byte[] body) {
        String instance = "/events/azure/" + function + "/" + trigger;
        try {
            PolyfnAzure app = apps.computeIfAbsent(function, name -> new PolyfnAzure(runtimes.of(name), key -> null));
            String invocationId = new InvocationContext(requestId, "azure", null, null, null, null).requestId();
            LocalExecutionContext context = new LocalExecutionContext(invocationId, function);
            PortableResponse answer = switch (trigger) {
                case "queue" -> PolyfnAzureQueue.handle(app, body, messageId == null ? invocationId : messageId,
                        Map.of("DequeueCount", Long.toString(dequeueCount)), context);
                case "blob" -> PolyfnAzureBlob.handle(app, body == null ? new byte[0] : body, path, null, context);
                case "eventgrid" -> PolyfnAzureEventGrid.handle(app,
                        body == null ? null : new String(body, StandardCharsets.UTF_8), context);
                default -> throw new ProblemException(404, "Azure trigger '" + trigger.replaceAll("[^a-z]", "?")
                        + "' is not replayed here: use queue, blob or eventgrid.");
            };
            return ReplayAnswers.delivery(answer, policy, instance);
        }
        catch (AzureInvocationException e) {
            PortableResponse failed = PortableResponse.of(e.status(), PortableResponse.PROBLEM_JSON, "{}");
            return ReplayAnswers.problem(policy.deliveryStatus(failed), e.getMessage(), instance);
        }
        catch (ProblemException e) {
            return ReplayAnswers.problem(e, instance);
        }
    }
}
