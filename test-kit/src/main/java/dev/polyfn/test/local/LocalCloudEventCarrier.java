package dev.polyfn.test.local;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.EventCall;

/**
 * A message or notification as a CloudEvent in binary mode (Knative Eventing's data plane contract: {@code ce-*}
 * headers, the payload as the body) to {@code POST /{function}} of the local app. 202 is processed; 500 is a
 * failure to redeliver, whose problem status the answer does not tell (status 0); a 4xx is a failure rejected at
 * once ({@code polyfn.events.unprocessable=reject}).
 */
public final class LocalCloudEventCarrier implements Carrier {

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        EventCall event = (EventCall) call;
        String text = event.payloadText().strip();
        boolean json = text.startsWith("{") || text.startsWith("[");
        Answer answer = RawHttpClient.send(deployments.localPort(), "POST", "/" + function, List.of(
                Map.entry("ce-specversion", "1.0"), Map.entry("ce-id", UUID.randomUUID().toString()),
                Map.entry("ce-source", "/apis/v1/namespaces/default/brokers/default"),
                Map.entry("ce-type", "dev.polyfn.test." + event.kind().name().toLowerCase(java.util.Locale.ROOT)),
                Map.entry("Content-Type", json ? "application/json" : "text/plain")), event.payload());
        if (answer.isSuccess()) {
            return new Answer(202, null, Map.of(), new byte[0]);
        }
        // a 500 says "redeliver", not the problem's own status; its body is about the delivery, not the function
        return answer.status() == 500 ? new Answer(0, null, Map.of(), new byte[0])
                : new Answer(answer.status(), answer.contentType(), Map.of(), answer.body());
    }
}
