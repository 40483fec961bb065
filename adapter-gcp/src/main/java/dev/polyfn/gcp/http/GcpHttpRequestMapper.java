package dev.polyfn.gcp.http;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.google.cloud.functions.HttpRequest;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.gcp.internal.GcpInvocationContexts;

/**
 * Translates the functions framework's {@link HttpRequest} into a {@link PortableRequest}.
 *
 * <p>Example: {@code POST /any/path?x=1} with {@code Content-Type: application/json} and a JSON body becomes
 * {@code PortableRequest.http("POST", "/any/path").query({x=[1]}).contentType("application/json").body(bytes)}.
 * Every header is passed on; core keeps only the allow-listed ones and drops routing headers.
 * {@link #body} throws {@link ProblemException} (413 over the size limit, also for chunked bodies; 400 when the
 * body cannot be read), which the caller renders with {@link PolyfnInvoker#reject}.
 */
public final class GcpHttpRequestMapper {

    private final GcpInvocationContexts contexts;

    public GcpHttpRequestMapper(GcpInvocationContexts contexts) {
        this.contexts = contexts;
    }

    /** Method, path, query, headers, content type and context: everything but the body. */
    public PortableRequest withoutBody(HttpRequest request) {
        PortableRequest.Builder builder = PortableRequest.http(request.getMethod(), request.getPath())
            .query(request.getQueryParameters())
            .contentType(request.getContentType().orElse(null))
            .context(contexts.forHttp(request));
        request.getHeaders().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
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
