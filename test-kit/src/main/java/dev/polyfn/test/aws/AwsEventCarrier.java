package dev.polyfn.test.aws;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.polyfn.aws.FunctionErrorException;
import dev.polyfn.aws.PolyfnHandler;
import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.EventCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as SQS (a batch of one), SNS, S3 or Kinesis (a batch of one) delivers it to Lambda. Batches answer
 * {@code batchItemFailures}: a reported item is a failure whose status the answer does not tell (status 0); SNS and
 * S3 answer the function's result, or a function error carrying the problem and its status.
 */
public final class AwsEventCarrier implements Carrier {

    private final EventCall.Kind kind;

    public AwsEventCarrier(EventCall.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        EventCall event = (EventCall) call;
        PolyfnHandler handler = deployments.entryPoint("aws", function, PolyfnHandler::new);
        byte[] result;
        try {
            result = AwsTemplates.invoke(handler, encode(event));
        }
        catch (FunctionErrorException error) {
            return new Answer(error.status(), "application/problem+json", Map.of(),
                    error.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        JsonNode answer = AwsTemplates.read(result);
        if (answer.has("batchItemFailures")) {
            return new Answer(answer.path("batchItemFailures").isEmpty() ? 202 : 0, null, Map.of(), new byte[0]);
        }
        byte[] body = answer.isNull() ? new byte[0] : answer.isString()
                ? answer.asString().getBytes(StandardCharsets.UTF_8) : result;
        return new Answer(202, body.length == 0 ? null : "application/json", Map.of(), body);
    }

    private ObjectNode encode(EventCall event) {
        switch (kind) {
            case MESSAGE -> {
                ObjectNode sqs = AwsTemplates.template("sqs-message.json");
                ((ObjectNode) sqs.path("Records").path(0)).put("messageId", UUID.randomUUID().toString())
                    .put("body", event.payloadText());
                return sqs;
            }
            case NOTIFICATION -> {
                ObjectNode sns = AwsTemplates.template("sns-payment.json");
                ((ObjectNode) sns.path("Records").path(0).path("Sns")).put("MessageId", UUID.randomUUID().toString())
                    .put("Message", event.payloadText());
                return sns;
            }
            case OBJECT -> {
                ObjectNode s3 = AwsTemplates.template("s3-object-created.json");
                ObjectNode record = (ObjectNode) s3.path("Records").path(0);
                ((ObjectNode) record.path("s3").path("bucket")).put("name", event.bucket());
                // S3 sends the key URL-encoded, a space as '+'
                ((ObjectNode) record.path("s3").path("object"))
                    .put("key", URLEncoder.encode(event.key(), StandardCharsets.UTF_8).replace("%2F", "/"))
                    .put("size", event.size());
                return s3;
            }
            default -> {
                ObjectNode kinesis = AwsTemplates.template("kinesis-record.json");
                ((ObjectNode) kinesis.path("Records").path(0).path("kinesis"))
                    .put("data", Base64.getEncoder().encodeToString(event.payload()));
                return kinesis;
            }
        }
    }
}
