package dev.polyfn.local.replay;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.Problem;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.internal.Problems;
import dev.polyfn.core.rules.EventFailurePolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer of a replayed or CloudEvents delivery, by core's {@link EventFailurePolicy}: {@code 202} with no
 * body when the event was processed; otherwise a problem whose status says whether the sender retries (500, and
 * 404/408/409/429/5xx as they are) or dead-letters at once ({@code polyfn.events.unprocessable=reject}: the 4xx).
 */
final class ReplayAnswers {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
        .build();

    private ReplayAnswers() {
    }

    static ResponseEntity<byte[]> delivery(PortableResponse answer, EventFailurePolicy policy, String instance) {
        if (!policy.failsDelivery(answer)) {
            return ResponseEntity.accepted().build();
        }
        int status = policy.deliveryStatus(answer);
        if (status == answer.status()) {
            return ResponseEntity.status(status).contentType(MediaType.parseMediaType(PortableResponse.PROBLEM_JSON))
                .body(answer.body());
        }
        return problem(status, "The event failed with status " + answer.status() + " and will be redelivered ("
                + EventFailurePolicy.PROPERTY + "=retry): " + detail(answer), instance);
    }

    static ResponseEntity<byte[]> problem(ProblemException e, String instance) {
        return problem(e.status(), e.detail(), instance);
    }

    static ResponseEntity<byte[]> problem(int status, String detail, String instance) {
        byte[] body = Problems.toJson(new Problem("about:blank", Problems.title(status), status, detail, instance,
                List.of())).getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(PortableResponse.PROBLEM_JSON));
        return ResponseEntity.status(status).headers(headers).body(body);
    }

    private static String detail(PortableResponse answer) {
        try {
            return JSON.readTree(answer.body()).path("detail").asString("see the invocation's log line");
        }
        catch (RuntimeException notJson) {
            return "see the invocation's log line";
        }
    }
}
