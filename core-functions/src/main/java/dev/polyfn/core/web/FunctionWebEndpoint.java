package dev.polyfn.core.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.TraceContext;
import dev.polyfn.core.internal.BodyReader;
import dev.polyfn.core.internal.InvalidInputException;
import dev.polyfn.core.rules.QueryStrings;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /{function}} in the local web app, for every method: the servlet request is translated into a portable
 * request and answered by the same invoker the clouds use, so status codes and problem bodies match every cloud.
 * Core decides the methods too (declared {@code http.methods}, default POST; others 405 with {@code Allow}), not
 * Spring. The query string is decoded by {@link QueryStrings}, the request id is {@code X-Request-Id} when it is a
 * safe id, the trace the first valid trace header ({@link TraceContext#fromHeaders}).
 * (Documented per function in OpenAPI by {@link FunctionOpenApiCustomizer}.)
 */
@Hidden
@RestController
public class FunctionWebEndpoint {

    private final PolyfnFunctions functions;

    public FunctionWebEndpoint(PolyfnFunctions functions) {
        this.functions = functions;
    }

    @RequestMapping("/{function}")
    public void invoke(@PathVariable("function") String function, HttpServletRequest servletRequest,
            HttpServletResponse servletResponse) throws IOException {
        PortableRequest.Builder builder = PortableRequest.http(servletRequest.getMethod(), servletRequest.getRequestURI())
            .query(QueryStrings.parse(servletRequest.getQueryString()))
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
        // InvocationContext keeps a safe id and drops an invalid trace: the one rule of every target
        return new InvocationContext(request.getHeader("x-request-id"), "local", null,
                TraceContext.fromHeaders(request::getHeader), Map.of(), null);
    }

    private static void write(PortableResponse response, HttpServletResponse servletResponse) throws IOException {
        servletResponse.setStatus(response.status());
        response.headers().forEach(servletResponse::setHeader);
        servletResponse.setContentType(response.contentType());
        servletResponse.setContentLength(response.body().length);
        servletResponse.getOutputStream().write(response.body());
    }
}
