package dev.polyfn.gcp;

import com.google.cloud.functions.CloudEventsFunction;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.gcp.event.GcpCloudEventMapper;
import dev.polyfn.gcp.internal.GcpInvocationContexts;
import dev.polyfn.core.rules.EventFailurePolicy;
import dev.polyfn.gcp.internal.GcpRuntimeHolder;
import io.cloudevents.CloudEvent;

/**
 * The {@code CloudEventsFunction} entry point: runs the deployment's function for Pub/Sub, Cloud Storage, Cloud
 * Scheduler (through Pub/Sub) and any other CloudEvent Eventarc delivers.
 *
 * <p>Example: with {@code SPRING_CLOUD_FUNCTION_DEFINITION=processPayment}, a {@code messagePublished} event whose
 * base64 data decodes to {@code {"paymentId":"p-1","orderId":"o-1","amount":10.00}} returns normally, so the
 * framework answers 2xx and Pub/Sub acknowledges the message. When core answers non-2xx (the function failed, the
 * input was invalid, or the envelope could not be decoded, e.g. bad base64) {@link #accept} throws
 * {@link GcpEventFailedException}; the framework then answers 500 and the platform redelivers (with retries on)
 * until the subscription's dead-letter topic takes the message (core's {@link EventFailurePolicy}: the functions
 * framework has no permanent answer, so {@code polyfn.events.unprocessable=reject} fails the same way here).
 */
public final class PolyfnCloudEventFunction implements CloudEventsFunction {

    private final PolyfnInvoker invoker;
    private final GcpCloudEventMapper events;
    private final GcpInvocationContexts contexts;
    private final EventFailurePolicy failures;

    /** Used by the invoker: starts (once per process) the runtime configured by the environment. */
    public PolyfnCloudEventFunction() {
        this(GcpRuntimeHolder.runtime());
    }

    /** For tests and tools: serves the given runtime's function. */
    public PolyfnCloudEventFunction(PolyfnRuntime runtime) {
        this.invoker = runtime.invoker();
        this.events = new GcpCloudEventMapper(invoker.properties(), invoker.inputType());
        this.contexts = GcpInvocationContexts.fromEnvironment(System::getenv);
        this.failures = EventFailurePolicy.from(runtime.environment());
    }

    @Override
    public void accept(CloudEvent event) {
        PortableResponse answer = respond(event);
        if (failures.failsDelivery(answer)) {
            throw new GcpEventFailedException(event, invoker.functionName(), answer.status());
        }
    }

    /** Core's answer for one event (the function's output on success, a problem otherwise); never throws. */
    public PortableResponse respond(CloudEvent event) {
        InvocationContext context = contexts.forEvent(event);
        PortableRequest request;
        try {
            request = events.toRequest(event, context);
        }
        catch (Throwable e) {
            // the mappers answer bad envelopes with a ProblemException (4xx); anything else is a bug of theirs (500,
            // its cause logged): the event fails and is redelivered, never with the framework's own error
            return invoker.failed(PortableRequest.builder().context(context).build(), e);
        }
        return invoker.invoke(request);
    }
}
