package dev.polyfn.azure.http;

import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;

/**
 * The body of an HTTP-triggered {@code @FunctionName} method: runs the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("createOrder")
 * public HttpResponseMessage createOrder(@HttpTrigger(name = "request", methods = HttpMethod.POST,
 *         route = "createOrder", dataType = "binary") HttpRequestMessage<Optional<byte[]>> request,
 *         ExecutionContext context) {
 *     return PolyfnAzureHttp.handle(request, context);
 * }
 * }</pre>
 * A valid order answers 200 application/json; bad input answers 4xx application/problem+json, a failing function
 * 500 problem+json. Declare the body as {@code byte[]} ({@code dataType = "binary"}) so it arrives byte for byte.
 * Throws only when the deployment is misconfigured ({@link IllegalStateException} naming the declared functions).
 */
public final class PolyfnAzureHttp {

    private PolyfnAzureHttp() {
    }

    public static HttpResponseMessage handle(HttpRequestMessage<Optional<byte[]>> request, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), request, context);
    }

    /** As {@link #handle(HttpRequestMessage, ExecutionContext)}, for an application started by the caller. */
    public static HttpResponseMessage handle(PolyfnAzure app, HttpRequestMessage<Optional<byte[]>> request,
            ExecutionContext context) {
        PortableRequest portable = AzureHttpRequestMapper.toPortable(request, context);
        PortableResponse response = app.invoker(context.getFunctionName()).invoke(portable);
        return AzureHttpResponseWriter.write(request, response);
    }
}
