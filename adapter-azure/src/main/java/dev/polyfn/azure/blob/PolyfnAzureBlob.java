package dev.polyfn.azure.blob;

import com.microsoft.azure.functions.ExecutionContext;
import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.AzureTriggerMetadata;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.StorageObjectEvent;

/**
 * The body of a blob-triggered {@code @FunctionName} method: the new or updated blob becomes a
 * {@link StorageObjectEvent} for the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("indexUpload-blob")
 * public void indexUpload(@BlobTrigger(name = "content", path = "%UPLOADS_CONTAINER%/{name}", dataType = "binary",
 *         connection = "AzureWebJobsStorage") byte[] content, @BindingName("BlobTrigger") String blobPath,
 *         @BindingName("Properties") String properties, ExecutionContext context) {
 *     PolyfnAzureBlob.handle(content, blobPath, properties, context);
 * }
 * }</pre>
 * Blob {@code uploads/a b.pdf} (1024 bytes, properties saying {@code application/pdf}) becomes
 * {@code StorageObjectEvent("uploads", "a b.pdf", 1024, "application/pdf", "Microsoft.Storage.BlobCreated")}.
 * A failure throws {@link AzureInvocationException} so the host retries the blob (then writes it to
 * {@code webjobs-blobtrigger-poison}); unreadable trigger metadata (a path without container, Properties that are
 * not JSON) fails it the same way, with a 400 problem.
 */
public final class PolyfnAzureBlob {

    private PolyfnAzureBlob() {
    }

    public static PortableResponse handle(byte[] content, String blobPath, String properties, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), content, blobPath, properties, context);
    }

    /** As {@link #handle(byte[], String, String, ExecutionContext)}, for an application started by the caller. */
    public static PortableResponse handle(PolyfnAzure app, byte[] content, String blobPath, String properties,
            ExecutionContext context) {
        return app.deliver(context, () -> {
            StorageObjectEvent event = AzureBlobEventMapper.toEvent(app.json(), AzureTriggerMetadata.text(blobPath),
                    content == null ? null : (long) content.length, properties);
            return PortableRequest.event(event).context(app.context(context)).build();
        });
    }
}
