package dev.polyfn.azure.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PortableRequest;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * An Azure {@link HttpRequestMessage} as the Java worker hands it over, as a {@link PortableRequest}: method, path,
 * query, every header (core applies the allow-list), Content-Type and the body bytes ({@link AzureHttpBody}).
 *
 * <p>Example: {@code POST http://app.azurewebsites.net/api/uppercase?x=1} with text body {@code hello} becomes
 * {@code PortableRequest("POST", "/api/uppercase", {x=[1]}, headers, "text/plain", "hello", ...)}.
 * The host sends header names in lower case and one value per name (several joined with commas), and query values
 * decoded, one per name. A URL the JDK's {@link URI} refuses ({@code ?x=%zz}) still gives its path: the worker's
 * {@code getUri()} fails with the URL in the exception, and the path is read from that text. A text body's charset
 * is UTF-8 whatever the Content-Type said, since the host decoded it so; the portable content type says so.
 */
final class AzureHttpRequestMapper {

    private AzureHttpRequestMapper() {
    }

    static PortableRequest toPortable(HttpRequestMessage<Optional<String>> request, AzureHttpBody body,
            PolyfnAzure app, ExecutionContext context) {
        Map<String, String> headers = headers(request);
        String contentType = header(headers, "content-type");
        PortableRequest.Builder builder = PortableRequest.http(method(request), path(request))
            .query(query(request.getQueryParameters()))
            .body(body.bytes());
        headers.forEach(builder::header);
        builder.contentType(asDecoded(contentType));
        return builder.context(app.context(context,
                dev.polyfn.core.TraceContext.fromHeaders(name -> header(headers, name)), Map.of())).build();
    }

    static Map<String, String> headers(HttpRequestMessage<?> request) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.getHeaders() != null) {
            request.getHeaders().forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name, value);
                }
            });
        }
        return headers;
    }

    static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (name.equalsIgnoreCase(header.getKey())) {
                return header.getValue();
            }
        }
        return null;
    }

    static String text(Optional<String> body) {
        return body == null ? null : body.orElse(null);
    }

    /** A text body's content type with {@code charset=UTF-8} when it named another charset (the host read UTF-8). */
    private static String asDecoded(String contentType) {
        if (contentType == null || AzureHttpBody.isSentAsBytes(contentType)) {
            return contentType;
        }
        try {
            MimeType type = MimeTypeUtils.parseMimeType(contentType);
            if (type.getParameter("charset") == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(type.getParameter("charset"))) {
                return contentType;
            }
            return new MimeType(type, StandardCharsets.UTF_8).toString();
        }
        catch (RuntimeException unparseable) {
            return contentType; // core answers 415 for it
        }
    }

    private static String method(HttpRequestMessage<?> request) {
        return request.getHttpMethod() == null ? "POST" : request.getHttpMethod().name();
    }

    private static String path(HttpRequestMessage<?> request) {
        String raw;
        try {
            URI uri = request.getUri();
            if (uri == null) {
                return "/";
            }
            raw = uri.getRawPath();
        }
        catch (IllegalArgumentException refused) {
            raw = refused.getCause() instanceof URISyntaxException syntax ? pathOf(syntax.getInput()) : null;
        }
        return raw == null || raw.isEmpty() ? "/" : raw;
    }

    /** {@code http://host/api/x?y} -> {@code /api/x}. */
    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int start = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (start < 0) {
            return "/";
        }
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop, start);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return url.substring(start, end);
    }

    private static Map<String, List<String>> query(Map<String, String> parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (name != null && value != null) {
                    query.put(name, List.of(value));
                }
            });
        }
        return query;
    }
}
