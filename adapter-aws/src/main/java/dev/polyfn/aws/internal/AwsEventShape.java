package dev.polyfn.aws.internal;

import tools.jackson.databind.JsonNode;

/**
 * The trigger a Lambda payload came from, recognised from its JSON alone (Lambda does not say).
 *
 * <p>Example: {@code {"version":"2.0","routeKey":"POST /orders",...}} is {@link #API_GATEWAY_V2};
 * {@code {"customerId":"c-42"}} is {@link #DIRECT}.
 */
public enum AwsEventShape {
    /** REST API proxy integration (payload 1.0). */
    API_GATEWAY_V1,
    /** HTTP API (payload 2.0) or Function URL. */
    API_GATEWAY_V2,
    /** Application Load Balancer target. */
    ALB,
    SQS,
    SNS,
    S3,
    /** Kinesis Data Streams records ({@code aws:kinesis}). */
    KINESIS,
    /** DynamoDB Streams records ({@code aws:dynamodb}). */
    DYNAMODB_STREAMS,
    /** Amazon MSK ({@code aws:kafka}) or self-managed Apache Kafka ({@code SelfManagedKafka}). */
    KAFKA,
    /** An AWS service event Polyfn does not serve (see {@link UnsupportedAwsEvents}): never the function's input. */
    UNSUPPORTED,
    /** EventBridge scheduled rule or EventBridge Scheduler. */
    SCHEDULE,
    /** Any other EventBridge event: its {@code detail} is the input. */
    EVENTBRIDGE,
    /** Any other payload (no AWS service's shape): the function's own input. */
    DIRECT;

    public static AwsEventShape of(JsonNode event) {
        if (event == null || !event.isObject()) {
            return DIRECT;
        }
        String eventSource = event.path("eventSource").asString("");
        if (("aws:kafka".equals(eventSource) || "SelfManagedKafka".equals(eventSource))
                && event.path("records").isObject()) {
            return KAFKA;
        }
        if (UnsupportedAwsEvents.sourceOf(event) != null) {
            return UNSUPPORTED;
        }
        JsonNode requestContext = event.path("requestContext");
        if (requestContext.isObject()) {
            if (requestContext.has("elb")) {
                return ALB;
            }
            if ("2.0".equals(event.path("version").asString(null)) && requestContext.path("http").isObject()) {
                return API_GATEWAY_V2;
            }
            if (event.path("httpMethod").isString()) {
                return API_GATEWAY_V1;
            }
        }
        JsonNode records = event.path("Records");
        if (records.isArray() && !records.isEmpty()) {
            JsonNode first = records.get(0);
            String source = first.has("eventSource") ? first.path("eventSource").asString("")
                    : first.path("EventSource").asString("");
            switch (source) {
                case "aws:sqs": return SQS;
                case "aws:sns": return SNS;
                case "aws:s3": return S3;
                case "aws:kinesis": return KINESIS;
                case "aws:dynamodb": return DYNAMODB_STREAMS;
                default: return UnsupportedAwsEvents.recordSourceOf(first, source) != null ? UNSUPPORTED : DIRECT;
            }
        }
        if (event.path("detail-type").isString() && event.path("source").isString() && event.has("detail")) {
            return "Scheduled Event".equals(event.path("detail-type").asString()) ? SCHEDULE : EVENTBRIDGE;
        }
        return DIRECT;
    }

    public boolean isHttp() {
        return this == API_GATEWAY_V1 || this == API_GATEWAY_V2 || this == ALB;
    }
}
