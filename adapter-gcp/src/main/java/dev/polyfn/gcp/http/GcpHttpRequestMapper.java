package dev.polyfn.gcp.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.google.cloud.functions.HttpRequest;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.rules.QueryStrings;
import dev.polyfn.gcp.internal.GcpInvocationContexts;

/**
 * Translates the functions framework's {@link HttpRequest} into a {@link PortableRequest}.
 *
 * <p>Example: {@code POST /any/path?x=1} with {@code Content-Type: application/json} and a JSON body becomes
 * {@code PortableRequest.http("POST", "/any/path").query({x=[1]}).contentType("application/json").body(bytes)}.
 * Every header is passed on; core keeps only the allow-listed ones and drops routing headers.
 * {@link #body} throws {@link ProblemException} (400 for a body that cannot be read; 413 over the size limit,
 * also for chunked bodies), which the caller renders with {@link PolyfnInvoker#reject}; {@link #withoutBody} and
 * {@link #query} never throw.
 */
public final class GcpHttpRequestMapper {

    private final GcpInvocationContexts contexts;

    public GcpHttpRequestMapper(GcpInvocationContexts contexts) {
        this.contexts = contexts;
    }

    /** Method, path, headers, content type and context: everything but the query and the body. */
    public PortableRequest withoutBody(HttpRequest request) {
        PortableRequest.Builder builder = PortableRequest.http(request.getMethod(), request.getPath())
            .contentType(request.getContentType().orElse(null))
            .context(contexts.forHttp(request));
        request.getHeaders().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }

    /**
     * The query parameters of the raw query string, decoded by core's rule ({@link QueryStrings}: lenient, as on
     * every target), not by the framework's {@code getQueryParameters()}, whose Jetty refuses {@code %zz}.
     */
    public Map<String, List<String>> query(HttpRequest request) {
        return QueryStrings.parse(request.getQuery().orElse(null));
    }

    /** The body, read as a stream under the invoker's size limit. */
    public byte[] body(HttpRequest request, PolyfnInvoker invoker) {
        try {
            return invoker.readBody(request.getInputStream());
        }
        catch (IOException | UncheckedIOException e) {
            throw new ProblemException(400, "The request body could not be read.");
        }
    }
}
