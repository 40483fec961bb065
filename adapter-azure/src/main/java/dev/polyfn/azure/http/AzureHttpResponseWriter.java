package dev.polyfn.azure.http;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import dev.polyfn.core.PortableResponse;

/**
 * Core's {@link PortableResponse} as an Azure {@link HttpResponseMessage}, built with the request's own builder.
 *
 * <p>Example: {@code PortableResponse(415, "application/problem+json", {...})} becomes status 415, header
 * {@code Content-Type: application/problem+json} and the problem bytes as the body. Every answer carries a
 * Content-Type; an empty body (202 of a consumer) is sent as no body.
 */
final class AzureHttpResponseWriter {

    private AzureHttpResponseWriter() {
    }

    static HttpResponseMessage write(HttpRequestMessage<?> request, PortableResponse response) {
        HttpResponseMessage.Builder builder = request.createResponseBuilder(HttpStatusType.custom(response.status()));
        response.headers().forEach(builder::header);
        builder.header("Content-Type", response.contentType());
        if (response.body().length > 0) {
            builder.body(response.body());
        }
        return builder.build();
    }
}
