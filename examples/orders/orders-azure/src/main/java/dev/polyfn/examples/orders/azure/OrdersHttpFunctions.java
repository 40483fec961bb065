package dev.polyfn.examples.orders.azure;

import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import dev.polyfn.azure.http.PolyfnAzureHttp;

/**
 * The orders functions over HTTP: one Azure function per exposed bean, each at a fixed route
 * ({@code POST /api/<bean>}); the Azure function's name is the bean's name, so no setting is needed.
 * A request can never choose another function: the route is fixed here and the bean by the function name.
 * The body is declared {@code Optional<String>}, the one type the Java worker binds from both text and binary bodies.
 */
public class OrdersHttpFunctions {

    @FunctionName("uppercase")
    public HttpResponseMessage uppercase(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "uppercase")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    @FunctionName("createOrder")
    public HttpResponseMessage createOrder(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "createOrder")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    @FunctionName("processPayment")
    public HttpResponseMessage processPayment(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "processPayment")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    @FunctionName("indexUpload")
    public HttpResponseMessage indexUpload(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "indexUpload")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    /** Asynchronous (a CompletableFuture): awaited within the invocation's deadline, else 504. */
    @FunctionName("estimateDelivery")
    public HttpResponseMessage estimateDelivery(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "estimateDelivery")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }

    /** Reactive (a Mono): its error of choice (404 for an unknown sku) becomes the problem's status. */
    @FunctionName("checkStock")
    public HttpResponseMessage checkStock(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "checkStock")
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return PolyfnAzureHttp.handle(request, context);
    }
}
