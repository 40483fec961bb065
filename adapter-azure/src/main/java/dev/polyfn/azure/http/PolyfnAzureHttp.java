package dev.polyfn.azure.http;

import java.util.Map;
import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import dev.polyfn.azure.AzureInvocationContexts;
import dev.polyfn.azure.AzureStartupException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.Problems;
import org.springframework.core.ResolvableType;

/**
 * The body of an HTTP-triggered {@code @FunctionName} method: runs the bean fixed for that Azure function.
 * <pre>{@code
 * @FunctionName("createOrder")
 * public HttpResponseMessage createOrder(@HttpTrigger(name = "request", methods = HttpMethod.POST,
 *         route = "createOrder") HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
 *     return PolyfnAzureHttp.handle(request, context);
 * }
 * }</pre>
 * Declare the body as {@code Optional<String>}: the Java worker binds it from every body the host sends (text for
 * textual content types, bytes for octet-stream and multipart), where {@code Optional<byte[]>} fails for text.
 * A valid order answers 200 application/json; bad input answers 4xx application/problem+json, a failing function
 * 500 problem+json. Two answers are Azure's own: 411 for a chunked request (the host drops its body), and 400 for
 * a body a {@code byte[]} (or {@code PortableRequest}) function cannot get byte for byte (see {@link AzureHttpBody}).
 * A startup failure answers 500 problem+json on every call, its cause in the log.
 */
public final class PolyfnAzureHttp {

    private static final Problems PROBLEMS = new Problems();

    private PolyfnAzureHttp() {
    }

    public static HttpResponseMessage handle(HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        return handle(PolyfnAzure.shared(), request, context);
    }

    /** As {@link #handle(HttpRequestMessage, ExecutionContext)}, for an application started by the caller. */
    public static HttpResponseMessage handle(PolyfnAzure app, HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        Map<String, String> headers = AzureHttpRequestMapper.headers(request);
        AzureHttpBody body = AzureHttpBody.of(AzureHttpRequestMapper.text(request.getBody()),
                AzureHttpRequestMapper.header(headers, "content-type"), headers);
        PolyfnInvoker invoker;
        try {
            invoker = app.invoker(context.getFunctionName());
        }
        catch (AzureStartupException e) {
            context.getLogger().severe("requestId=" + context.getInvocationId() + " " + e.getMessage());
            PortableRequest failed = PortableRequest.http(request.getHttpMethod() == null ? "POST"
                    : request.getHttpMethod().name(), null).context(AzureInvocationContexts.of(context)).build();
            return AzureHttpResponseWriter.write(request, PROBLEMS.response(500, Problems.GENERIC_DETAIL, failed));
        }
        PortableRequest portable = AzureHttpRequestMapper.toPortable(request, body, app, context);
        PortableResponse response;
        if (body.lost() && invoker.inputType() != null) {
            response = invoker.reject(portable, 411, "The Azure Functions host drops the body of a chunked request:"
                    + " send the body with a Content-Length.");
        }
        else if (body.damaged() && takesRawBytes(invoker)) {
            response = invoker.reject(portable, 400, "The request body could not be received byte for byte: the Azure"
                    + " Functions host and Java worker replace bytes that are not valid UTF-8. Send it as valid UTF-8"
                    + " or base64.");
        }
        else {
            response = invoker.invoke(portable);
        }
        return AzureHttpResponseWriter.write(request, response);
    }

    private static boolean takesRawBytes(PolyfnInvoker invoker) {
        Class<?> input = invoker.inputType() == null ? null : ResolvableType.forType(invoker.inputType()).toClass();
        return input == byte[].class || input == PortableRequest.class;
    }
}
