package dev.polyfn.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyfn.aws.internal.AwsEventShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * AWS service events Polyfn does not serve never reach the function, not even a String function that would accept
 * any JSON: each fails with a 400 problem whose detail names the event source.
 */
class UnsupportedEventsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "cognito-pre-sign-up.json | Amazon Cognito user pool trigger (PreSignUp_SignUp)",
        "cognito-pre-token-generation-v2.json | Amazon Cognito user pool trigger (TokenGeneration_Authentication)",
        "cognito-sync.json | Amazon Cognito Sync",
        "cloudwatch-logs-subscription.json | Amazon CloudWatch Logs subscription",
        "firehose-transformation.json | Amazon Data Firehose",
        "codecommit.json | aws:codecommit",
        "config-rule.json | AWS Config rule",
        "iot-button.json | AWS IoT button",
        "lex-v2-fulfillment.json | Amazon Lex (FulfillmentCodeHook)",
        "alexa-skill-launch.json | Alexa Skills Kit (LaunchRequest)",
        "alexa-smart-home-discovery.json | Alexa Smart Home",
        "connect-contact-flow.json | Amazon Connect",
        "ses-email-receiving.json | aws:ses",
        "mq-activemq.json | aws:mq",
        "cloudformation-create.json | AWS CloudFormation custom resource (Create)",
        "s3-batch-operations.json | Amazon S3 Batch Operations",
        "secrets-manager-rotation.json | AWS Secrets Manager rotation (createSecret)",
        "apigw-websocket-message.json | Amazon API Gateway WebSocket (MESSAGE)",
        "apigw-token-authorizer.json | Amazon API Gateway Lambda authorizer (TOKEN)",
        "cloudfront-viewer-request.json | Amazon CloudFront Lambda@Edge",
        "kinesis-tumbling-window.json | tumbling window aggregation (aws:kinesis)"
    })
    void failsWithAProblemNamingTheSource(String fixture, String source) {
        byte[] event = Fixtures.bytes("unsupported/" + fixture);
        assertThat(AwsEventShape.of(Fixtures.read(event))).isEqualTo(AwsEventShape.UNSUPPORTED);
        for (String function : new String[] {"uppercase", "processPayment"}) {
            assertThatThrownBy(() -> TestHandlers.invoke(function, event))
                .isInstanceOfSatisfying(FunctionErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    JsonNode problem = Fixtures.read(e.getMessage().getBytes());
                    assertThat(problem.path("status").asInt()).isEqualTo(400);
                    assertThat(problem.path("detail").asString()).contains(source).contains(function);
                });
        }
    }
}
