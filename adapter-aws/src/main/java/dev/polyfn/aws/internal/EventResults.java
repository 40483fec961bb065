package dev.polyfn.aws.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import dev.polyfn.aws.FunctionErrorException;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.JsonTrees;
import dev.polyfn.core.rules.EventFailurePolicy;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns core's answers for a non-HTTP trigger or a direct invocation into the Lambda result: the function's own
 * JSON on success, a {@link FunctionErrorException} (a Lambda function error) on failure.
 *
 * <p>Example: {@code 200 application/json {"bucket":"docs",...}} -> that JSON; {@code 200 text/plain HI} ->
 * {@code "HI"} (a JSON string); {@code 202} with no body -> {@code null}; {@code 400 problem} -> throws.
 */
public final class EventResults {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final EventFailurePolicy policy;

    /** @param policy core's rule for failed deliveries: a failed record always fails the invocation */
    public EventResults(EventFailurePolicy policy) {
        this.policy = policy;
    }

    /** The Lambda result of one invocation. @throws FunctionErrorException when the response is not a success */
    public byte[] single(PortableResponse response) {
        failIfUnsuccessful(List.of(response));
        return result(response);
    }

    /**
     * The Lambda result of a multi-record event (SNS, S3): the one record's result, or an array of them. Runs after
     * every record was processed. @throws FunctionErrorException when any record failed, so Lambda retries the event
     */
    public byte[] all(List<PortableResponse> responses) {
        failIfUnsuccessful(responses);
        if (responses.size() == 1) {
            return result(responses.get(0));
        }
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        array.write('[');
        for (int i = 0; i < responses.size(); i++) {
            if (i > 0) {
                array.write(',');
            }
            array.writeBytes(result(responses.get(i)));
        }
        array.write(']');
        return array.toByteArray();
    }

    private void failIfUnsuccessful(List<PortableResponse> responses) {
        List<PortableResponse> failed = responses.stream().filter(policy::failsDelivery).toList();
        if (failed.isEmpty()) {
            return;
        }
        PortableResponse first = failed.get(0);
        String problem = first.bodyAsString();
        if (responses.size() > 1) {
            problem = failed.size() + " of " + responses.size() + " records failed; the first: " + problem;
        }
        throw new FunctionErrorException(first.status(), problem);
    }

    /** The size of a successful answer as the Lambda result it becomes. */
    public long sizeAsSent(PortableResponse response) {
        return result(response).length;
    }

    /** JSON bodies as they are (core wrote them); text as a JSON string; bytes as a base64 JSON string. */
    private byte[] result(PortableResponse response) {
        if (response.body().length == 0) {
            return NULL;
        }
        String type = response.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.contains("+json")) {
            return response.body();
        }
        String text = ProxyResponses.isText(type) ? new String(response.body(), StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(response.body());
        return JsonTrees.write(JsonNodeFactory.instance.stringNode(text));
    }
}
