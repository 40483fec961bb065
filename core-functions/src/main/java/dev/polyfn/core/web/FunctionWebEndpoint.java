package dev.polyfn.core.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.BodyReader;
import dev.polyfn.core.internal.InvalidInputException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /{function}} in the local web app: the servlet request is translated into a portable request and
 * answered by the same invoker the clouds use, so status codes and problem bodies match every cloud.
 * (Documented per function in OpenAPI by {@link FunctionOpenApiCustomizer}.)
 */
@Hidden
@RestController
public class FunctionWebEndpoint {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private final PolyfnFunctions functions;

    public FunctionWebEndpoint(PolyfnFunctions functions) {
        this.functions = functions;
    }

    @PostMapping("/{function}")
    public void invoke(@PathVariable("function") String function, HttpServletRequest servletRequest,
            HttpServletResponse servletResponse) throws IOException {
        PortableRequest.Builder builder = PortableRequest.http(servletRequest.getMethod(), servletRequest.getRequestURI())
            .query(query(servletRequest))
            .contentType(servletRequest.getContentType())
            .context(context(servletRequest));
        for (String name : Collections.list(servletRequest.getHeaderNames())) {
            for (String value : Collections.list(servletRequest.getHeaders(name))) {
                builder.header(name, value);
            }
        }
        PortableRequest request = builder.build();
        PortableResponse response;
        try {
            long limit = functions.properties().maxBodyBytes();
            if (servletRequest.getContentLengthLong() > limit) {
                throw BodyReader.tooLarge(limit);
            }
            byte[] body = BodyReader.read(servletRequest.getInputStream(), limit);
            response = functions.invoke(function, request.toBuilder().body(body).build());
        }
        catch (InvalidInputException e) {
            response = functions.reject(function, request, e);
        }
        write(response, servletResponse);
    }

    private static InvocationContext context(HttpServletRequest request) {
        String id = request.getHeader("x-request-id");
        String requestId = id != null && SAFE_ID.matcher(id).matches() ? id : InvocationContext.newRequestId();
        return new InvocationContext(requestId, "local", null, request.getHeader("traceparent"), Map.of(), null);
    }

    private static Map<String, List<String>> query(HttpServletRequest request) {
        // parsed from the query string only: getParameterMap() would consume a form body
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                .forEach((name, values) -> query.put(decode(name), values.stream().map(v -> decode(v)).toList()));
        }
        return query;
    }

    private static String decode(String s) {
        try {
            return s == null ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static void write(PortableResponse response, HttpServletResponse servletResponse) throws IOException {
        servletResponse.setStatus(response.status());
        response.headers().forEach(servletResponse::setHeader);
        servletResponse.setContentType(response.contentType());
        servletResponse.setContentLength(response.body().length);
        servletResponse.getOutputStream().write(response.body());
    }
}
