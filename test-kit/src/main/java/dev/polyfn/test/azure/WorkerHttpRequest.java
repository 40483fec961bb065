package dev.polyfn.test.azure;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import dev.polyfn.core.rules.QueryStrings;
import dev.polyfn.test.HttpCall;

/**
 * An {@code HttpRequestMessage<Optional<String>>} as the Java worker binds one (azure-functions-java-worker,
 * src/main/java/com/microsoft/azure/functions/worker/binding/RpcHttpRequestDataSource.java): header names in lower
 * case, repeated values joined with commas, query values decoded by the host (one per name), the body as text,
 * decoded as UTF-8 for textual types and with the JVM's charset for the bytes of octet-stream and multipart, and
 * the URL parsed on {@code getUri()} (a URL the JDK refuses, {@code ?x=%zz}, throws there, as in the worker).
 */
final class WorkerHttpRequest implements HttpRequestMessage<Optional<String>> {

    private final HttpCall call;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final String body;

    WorkerHttpRequest(HttpCall call) {
        this.call = call;
        call.headers().forEach(h -> headers.merge(h.getKey().toLowerCase(Locale.ROOT), h.getValue(),
                (a, b) -> a + "," + b));
        QueryStrings.parse(call.query()).forEach((name, values) -> query.put(name, values.get(0)));
        byte[] bytes = call.body();
        this.body = bytes.length == 0 ? null : new String(bytes, charset(headers.get("content-type")));
    }

    private static Charset charset(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/octet-stream") || type.contains("multipart/") ? Charset.defaultCharset()
                : StandardCharsets.UTF_8;
    }

    @Override
    public URI getUri() {
        return URI.create("https://polyfn-test.azurewebsites.net/api" + call.path()
                + (call.query() == null ? "" : "?" + call.query()));
    }

    @Override
    public HttpMethod getHttpMethod() {
        return HttpMethod.value(call.method());
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return query;
    }

    @Override
    public Optional<String> getBody() {
        return Optional.ofNullable(body);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new WorkerHttpResponse.Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new WorkerHttpResponse.Builder(status);
    }
}
