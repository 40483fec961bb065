package dev.polyfn.azure.eventgrid;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.PubSubMessage;

/**
 * The body of an Event Grid-triggered {@code @FunctionName} method: a Blob Storage event becomes a
 * {@code StorageObjectEvent}, any other event a {@code PubSubMessage}, for the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("indexUpload-eventgrid")
 * public void indexUpload(@EventGridTrigger(name = "event") String event, ExecutionContext context) {
 *     PolyfnAzureEventGrid.handle(event, context);
 * }
 * }</pre>
 * Unlike the blob trigger, Event Grid never loads the blob's content. A failure throws
 * {@link AzureInvocationException} so Event Grid retries delivery (then dead-letters it when configured); so does
 * an event that is not readable JSON, with a 400 problem.
 */
public final class PolyfnAzureEventGrid {

    private PolyfnAzureEventGrid() {
    }

    public static PortableResponse handle(String event, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), event, context);
    }

    /** As {@link #handle(String, ExecutionContext)}, for an application started by the caller. */
    public static PortableResponse handle(PolyfnAzure app, String event, ExecutionContext context) {
        return app.deliver(context, () -> {
            Object portable = EventGridEventMapper.toPortable(app.json(), app.envelopeLimits(), event);
            PortableRequest.Builder request = PortableRequest.event(portable).context(app.context(context));
            if (portable instanceof PubSubMessage message) {
                request.body(message.data());
            }
            return request.build();
        });
    }
}
