package dev.polyfn.examples.orders.gcp.baseline;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;

/**
 * The hand-written baseline for the first-response comparison: the same work as the orders {@code uppercase}
 * function, with nothing but the functions framework. {@code "hello polyfn"} -> {@code 200 text/plain HELLO POLYFN}.
 * Packaged alone into orders-gcp-plain-baseline.jar; never deployed.
 */
public class PlainUppercaseFunction implements HttpFunction {

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        response.setStatusCode(200);
        response.setContentType("text/plain;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
    }
}
