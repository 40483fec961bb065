package dev.polyfn.aws.internal;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Recognises, from their documented shapes, the AWS service events Polyfn does not serve, so they are answered with
 * a problem naming the event source instead of being bound into the function's input. Each test needs fields
 * that only that service sends together (an ordinary JSON object a caller invokes the function with does not have
 * them), e.g. Cognito's {@code triggerSource} with {@code userPoolId}.
 *
 * <p>Shapes from aws-lambda-java-libs (aws-lambda-java-tests/src/test/resources) and AWS SAM CLI's sample events
 * (samcli/lib/generated_sample_events/events).
 *
 * <p>Example: {@code {"version":"1","triggerSource":"PreSignUp_SignUp","userPoolId":"us-east-1_x",...}} ->
 * {@code "Amazon Cognito user pool trigger (PreSignUp_SignUp)"}; {@code {"customerId":"c-42"}} -> null.
 */
public final class UnsupportedAwsEvents {

    private UnsupportedAwsEvents() {
    }

    /** The name of the unsupported event source of an event {@link AwsEventShape} found {@code UNSUPPORTED}. */
    public static String describe(JsonNode event) {
        String source = sourceOf(event);
        if (source != null) {
            return source;
        }
        JsonNode first = event.path("Records").path(0);
        String recordSource = first.has("eventSource") ? first.path("eventSource").asString("")
                : first.path("EventSource").asString("");
        return recordSourceOf(first, recordSource);
    }

    /** The name of the unsupported event source of a top-level event, or null when it is none of them. */
    public static String sourceOf(JsonNode event) {
        if (has(event, "triggerSource") && has(event, "userPoolId")) {
            return "Amazon Cognito user pool trigger (" + event.path("triggerSource").asString("?") + ")";
        }
        if ("SyncTrigger".equals(text(event, "eventType")) && has(event, "identityPoolId")) {
            return "Amazon Cognito Sync trigger";
        }
        if (event.path("awslogs").path("data").isString()) {
            return "Amazon CloudWatch Logs subscription (awslogs)";
        }
        if (has(event, "deliveryStreamArn") && event.path("records").isArray()) {
            return "Amazon Data Firehose transformation";
        }
        if (has(event, "applicationArn") && event.path("records").isArray()) {
            return "Amazon Kinesis Data Analytics";
        }
        if (has(event, "configRuleArn") && has(event, "invokingEvent")) {
            return "AWS Config rule";
        }
        if (has(event, "RequestType") && has(event, "ResponseURL") && has(event, "StackId")) {
            return "AWS CloudFormation custom resource (" + text(event, "RequestType") + ")";
        }
        if (has(event, "invocationSchemaVersion") && event.path("tasks").isArray() && event.has("job")) {
            return "Amazon S3 Batch Operations";
        }
        if (has(event, "SecretId") && has(event, "ClientRequestToken") && has(event, "Step")) {
            return "AWS Secrets Manager rotation (" + text(event, "Step") + ")";
        }
        if (event.path("CodePipeline.job").isObject()) {
            return "AWS CodePipeline job";
        }
        if ("ContactFlowEvent".equals(text(event, "Name")) && event.path("Details").isObject()) {
            return "Amazon Connect contact flow";
        }
        if (event.path("bot").isObject() && has(event, "invocationSource")) {
            return "Amazon Lex (" + text(event, "invocationSource") + ")";
        }
        if (event.path("request").path("type").isString() && event.has("version")
                && (event.path("session").isObject() || event.path("context").path("System").isObject())) {
            return "Alexa Skills Kit (" + event.path("request").path("type").asString("?") + ")";
        }
        if (startsWithAlexa(event.path("directive").path("header")) || startsWithAlexa(event.path("header"))) {
            return "Alexa Smart Home directive";
        }
        if (has(event, "serialNumber") && has(event, "clickType")) {
            return "AWS IoT button";
        }
        if (event.path("protocolData").isObject() && event.path("protocols").isArray()) {
            return "AWS IoT Core custom authorizer";
        }
        if (has(event, "methodArn") && has(event, "type")) {
            return "Amazon API Gateway Lambda authorizer (" + text(event, "type") + ")";
        }
        if (has(event, "routeArn") && has(event, "type")) {
            return "Amazon API Gateway HTTP API Lambda authorizer";
        }
        if (has(event.path("requestContext"), "connectionId") && has(event.path("requestContext"), "eventType")) {
            return "Amazon API Gateway WebSocket (" + text(event.path("requestContext"), "eventType") + ")";
        }
        if (has(event.path("info"), "fieldName") && has(event.path("info"), "parentTypeName")) {
            return "AWS AppSync resolver";
        }
        if (has(event, "authorizationToken") && has(event.path("requestContext"), "apiId")
                && !event.path("requestContext").has("http")) {
            return "AWS AppSync authorizer";
        }
        if (event.path("getObjectContext").isObject() && event.path("userRequest").isObject()) {
            return "Amazon S3 Object Lambda";
        }
        if (event.path("window").isObject() && event.has("isFinalInvokeForWindow")) {
            return "tumbling window aggregation (" + text(event.path("Records").path(0), "eventSource") + ")";
        }
        if (has(event, "alarmArn") && event.path("alarmData").isObject()) {
            return "Amazon CloudWatch alarm";
        }
        if (event.path("requestContext").path("functionArn").isString() && event.has("requestPayload")
                && event.has("responseContext")) {
            return "AWS Lambda destination (invocation record)";
        }
        String source = text(event, "eventSource");
        if (source != null && source.startsWith("aws:")) {
            // Amazon MQ (aws:mq, aws:rmq), DocumentDB change streams (aws:docdb), ...
            return source;
        }
        return null;
    }

    /**
     * The name of an unsupported source of a {@code Records} event's first record, or null when it is not an AWS
     * service's record ({@code eventSource} not starting with {@code aws:}, and no CloudFront {@code cf}).
     */
    public static String recordSourceOf(JsonNode first, String eventSource) {
        if (first.path("cf").isObject()) {
            return "Amazon CloudFront Lambda@Edge";
        }
        return eventSource.toLowerCase(Locale.ROOT).startsWith("aws:") ? eventSource : null;
    }

    private static boolean startsWithAlexa(JsonNode header) {
        return header.path("namespace").asString("").startsWith("Alexa");
    }

    private static boolean has(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
