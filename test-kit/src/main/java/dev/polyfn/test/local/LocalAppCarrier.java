package dev.polyfn.test.local;

import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.HttpCall;

/** An HTTP call to the local app over real HTTP, as a client sends it (path, raw query, headers, body). */
public final class LocalAppCarrier implements Carrier {

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        HttpCall http = (HttpCall) call;
        String target = http.query() == null ? http.path() : http.path() + "?" + http.query();
        return RawHttpClient.send(deployments.localPort(), http.method(), target, http.headers(), http.body());
    }
}
