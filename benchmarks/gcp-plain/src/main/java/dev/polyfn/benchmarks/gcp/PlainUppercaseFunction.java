package dev.polyfn.benchmarks.gcp;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;

/** The hand-written baseline: {@code POST "hello polyfn"} -> {@code 200 text/plain "HELLO POLYFN"}. */
public class PlainUppercaseFunction implements HttpFunction {

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        response.setStatusCode(200);
        response.setContentType("text/plain;charset=UTF-8");
        try (Writer writer = response.getWriter()) {
            writer.write(body.toUpperCase(Locale.ROOT));
        }
    }
}
