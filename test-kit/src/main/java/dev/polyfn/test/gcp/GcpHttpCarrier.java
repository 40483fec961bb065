package dev.polyfn.test.gcp;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.polyfn.gcp.PolyfnHttpFunction;
import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.HttpCall;

/** An HTTP call through {@link PolyfnHttpFunction#service}, as the invoker makes it. */
public final class GcpHttpCarrier implements Carrier {

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        PolyfnHttpFunction target = deployments.entryPoint("gcp-http", function, PolyfnHttpFunction::new);
        FrameworkHttpResponse response = new FrameworkHttpResponse();
        try {
            target.service(new FrameworkHttpRequest((HttpCall) call), response);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response.answer();
    }
}
