package dev.polyfn.test.azure;

import java.util.Map;
import java.util.UUID;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.blob.PolyfnAzureBlob;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.EventCall;

/**
 * A queue message or a blob as the worker binds them (the message as text, a blob's content with its
 * {@code BlobTrigger} path and {@code Properties}) through {@link PolyfnAzureQueue} and {@link PolyfnAzureBlob}.
 * A failure is the {@link AzureInvocationException} the host retries, then poisons; its status is the problem's.
 */
public final class AzureEventCarrier implements Carrier {

    private static final int MAX_BLOB_BYTES = 8 * 1024 * 1024;

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        EventCall event = (EventCall) call;
        PolyfnAzure app = deployments.azure(function);
        KitExecutionContext context = new KitExecutionContext(function);
        PortableResponse response;
        try {
            if (event.kind() == EventCall.Kind.OBJECT) {
                String properties = "{\"ContentType\":" + (event.contentType() == null ? "null"
                        : "\"" + event.contentType().replace("\"", "") + "\"") + ",\"Length\":" + event.size() + "}";
                response = PolyfnAzureBlob.handle(app, new byte[(int) Math.min(event.size(), MAX_BLOB_BYTES)],
                        event.bucket() + "/" + event.key(), properties, context);
            }
            else {
                response = PolyfnAzureQueue.handle(app, event.payload(), UUID.randomUUID().toString(),
                        Map.of("DequeueCount", "1"), context);
            }
        }
        catch (AzureInvocationException failed) {
            return new Answer(failed.status(), null, Map.of(), new byte[0]);
        }
        return new Answer(202, response.body().length == 0 ? null : response.contentType(), Map.of(), response.body());
    }
}
