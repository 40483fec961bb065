package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyfn.aws.internal.AwsEventShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fixture is recognised as the trigger it came from. */
class AwsEventShapeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "apigw-v1-uppercase.json, API_GATEWAY_V1",
        "apigw-v1-create-order.json, API_GATEWAY_V1",
        "apigw-v1-base64-body.json, API_GATEWAY_V1",
        "apigw-v2-create-order.json, API_GATEWAY_V2",
        "function-url-uppercase.json, API_GATEWAY_V2",
        "alb-uppercase.json, ALB",
        "alb-multivalue-create-order.json, ALB",
        "sqs-payments.json, SQS",
        "sqs-fifo-payments.json, SQS",
        "sns-payment.json, SNS",
        "s3-object-created.json, S3",
        "eventbridge-scheduled.json, SCHEDULE",
        "eventbridge-custom-order.json, EVENTBRIDGE",
        "direct-create-order.json, DIRECT",
        "direct-uppercase.json, DIRECT",
        "direct-payment.json, DIRECT",
        "kinesis-payments.json, KINESIS",
        "kinesis-bad-base64.json, KINESIS",
        "dynamodb-payments.json, DYNAMODB_STREAMS",
        "dynamodb-changes.json, DYNAMODB_STREAMS",
        "kafka-msk-payments.json, KAFKA",
        "kafka-self-managed-payments.json, KAFKA",
        "sqs-fifo-groups.json, SQS",
        "direct-lookalikes/records-of-an-app.json, DIRECT",
        "direct-lookalikes/event-source-of-an-app.json, DIRECT",
        "direct-lookalikes/type-without-method-arn.json, DIRECT",
        "direct-lookalikes/request-with-type.json, DIRECT"
    })
    void recognises(String fixture, AwsEventShape shape) {
        assertThat(AwsEventShape.of(Fixtures.read(Fixtures.bytes(fixture)))).isEqualTo(shape);
    }
}
