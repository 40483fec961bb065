package dev.polyfn.azure;

import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.BlobTrigger;
import com.microsoft.azure.functions.annotation.EventGridTrigger;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import dev.polyfn.azure.blob.PolyfnAzureBlob;
import dev.polyfn.azure.eventgrid.PolyfnAzureEventGrid;
import dev.polyfn.azure.http.PolyfnAzureHttp;
import dev.polyfn.azure.queue.PolyfnAzureQueue;
import dev.polyfn.azure.timer.PolyfnAzureTimer;

/**
 * Ready-made Azure Functions entry points, one per trigger, for function apps without Azure classes of their own: a
 * function.json names {@code dev.polyfn.azure.PolyfnAzureFunctions.<method>} as its {@code entryPoint}, and the
 * Azure function's name picks the bean ({@code <bean>} or {@code <bean>-<trigger>}, see
 * {@link AzureFunctionSelection}). polyfn-maven-plugin writes those function.json files, reading each trigger
 * binding's {@code name} from the annotations here (the Java worker binds parameters by it). The worker requires one
 * method per name in this class, so none is overloaded. Failures behave as in the per-trigger classes.
 * (The same entry points, with the same names and bindings, as the Azure worker work of the {@code azure} branch.)
 */
public class PolyfnAzureFunctions {

    /** {@code httpTrigger} binding {@code request} + {@code http} output {@code $return}. */
    public HttpResponseMessage http(@HttpTrigger(name = "request") HttpRequestMessage<Optional<byte[]>> request,
            ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    /** {@code queueTrigger} binding {@code message} (Queue Storage). */
    public void queue(@QueueTrigger(name = "message", queueName = "%queue%") String message,
            @BindingName("Id") String id, ExecutionContext context) {
        PolyfnAzureQueue.handle(message, id, context);
    }

    /** {@code blobTrigger} binding {@code content} with {@code "dataType": "binary"}. */
    public void blob(@BlobTrigger(name = "content", path = "%path%", dataType = "binary") byte[] content,
            @BindingName("BlobTrigger") String blobPath, @BindingName("Properties") String properties,
            ExecutionContext context) {
        PolyfnAzureBlob.handle(content, blobPath, properties, context);
    }

    /** {@code eventGridTrigger} binding {@code event} (Event Grid or CloudEvents schema). */
    public void eventGrid(@EventGridTrigger(name = "event") String event, ExecutionContext context) {
        PolyfnAzureEventGrid.handle(event, context);
    }

    /** {@code timerTrigger} binding {@code timerInfo}. */
    public void timer(@TimerTrigger(name = "timerInfo", schedule = "%schedule%") String timerInfo,
            ExecutionContext context) {
        PolyfnAzureTimer.handle(timerInfo, context);
    }
}
