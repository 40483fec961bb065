package dev.polyfn.gcp.http;

import java.io.IOException;
import java.io.OutputStream;

import com.google.cloud.functions.HttpResponse;
import dev.polyfn.core.PortableResponse;

/**
 * Writes core's answer to the functions framework's {@link HttpResponse}.
 *
 * <p>Example: {@code PortableResponse(200, "text/plain;charset=UTF-8", "HELLO", {})} becomes status 200,
 * {@code Content-Type: text/plain;charset=UTF-8} and the body {@code HELLO}. Every answer carries a Content-Type;
 * headers are those core's header policy let through. An {@link IOException} means the client went away.
 */
public final class GcpHttpResponseWriter {

    public void write(PortableResponse answer, HttpResponse response) throws IOException {
        response.setStatusCode(answer.status());
        answer.headers().forEach(response::appendHeader);
        response.setContentType(answer.contentType());
        if (answer.body().length > 0) {
            OutputStream out = response.getOutputStream();
            out.write(answer.body());
            out.flush();
        }
    }
}
