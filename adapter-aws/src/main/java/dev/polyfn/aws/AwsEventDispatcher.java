package dev.polyfn.aws;

import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.Context;
import dev.polyfn.aws.alb.AlbRequestMapper;
import dev.polyfn.aws.alb.AlbResponseWriter;
import dev.polyfn.aws.apigw.v1.ApiGwV1RequestMapper;
import dev.polyfn.aws.apigw.v1.ApiGwV1ResponseWriter;
import dev.polyfn.aws.apigw.v2.ApiGwV2RequestMapper;
import dev.polyfn.aws.apigw.v2.ApiGwV2ResponseWriter;
import dev.polyfn.aws.dynamodb.DynamoDbStreamsBatchHandler;
import dev.polyfn.aws.eventbridge.EventBridgeMapper;
import dev.polyfn.aws.internal.AwsEventShape;
import dev.polyfn.aws.internal.EnvelopeReader;
import dev.polyfn.aws.internal.EventResults;
import dev.polyfn.aws.internal.HttpTrigger;
import dev.polyfn.aws.internal.LambdaContexts;
import dev.polyfn.aws.internal.UnsupportedAwsEvents;
import dev.polyfn.aws.kafka.KafkaBatchHandler;
import dev.polyfn.aws.kafka.KafkaTriggerDeclaration;
import dev.polyfn.aws.kinesis.KinesisBatchHandler;
import dev.polyfn.aws.s3.S3RecordsHandler;
import dev.polyfn.aws.sns.SnsRecordsHandler;
import dev.polyfn.aws.sqs.SqsBatchHandler;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ResponseLimit;
import dev.polyfn.core.internal.JsonTrees;
import tools.jackson.databind.JsonNode;

/**
 * Routes one Lambda payload to the package that serves its shape and returns the bytes Lambda should answer.
 *
 * <p>Example: an SQS, Kinesis or DynamoDB Streams event returns {@code {"batchItemFailures":[...]}}; an API Gateway
 * event returns its proxy response, problems included (HTTP triggers never throw); an S3, SNS, EventBridge or direct
 * invocation returns the function's JSON. An AWS service event Polyfn does not serve (Cognito, CloudWatch Logs, ...;
 * Kafka when the function declares no Kafka trigger) never reaches the function: it fails with a 400 problem naming
 * its source.
 * @throws FunctionErrorException when the function failed for a non-HTTP trigger other than SQS, Kinesis and
 *         DynamoDB Streams (a Lambda function error), or the event is not served
 */
final class AwsEventDispatcher {

    private final PolyfnInvoker invoker;
    private final EnvelopeReader envelopes;
    private final EventResults results;
    private final HttpTrigger apiGwV1;
    private final HttpTrigger apiGwV2;
    private final HttpTrigger alb;
    private final SqsBatchHandler sqs = new SqsBatchHandler();
    private final SnsRecordsHandler sns;
    private final S3RecordsHandler s3;
    private final KinesisBatchHandler kinesis = new KinesisBatchHandler();
    private final DynamoDbStreamsBatchHandler dynamoDb;
    private final KafkaBatchHandler kafka;
    private final boolean kafkaDeclared;
    private final ResponseLimit resultLimit;

    AwsEventDispatcher(PolyfnRuntime runtime) {
        this.invoker = runtime.invoker();
        this.envelopes = new EnvelopeReader(new dev.polyfn.core.rules.EnvelopeLimits(runtime.properties()));
        this.results = new EventResults(dev.polyfn.core.rules.EventFailurePolicy.from(runtime.environment()));
        this.apiGwV1 = new HttpTrigger(new ApiGwV1RequestMapper(), new ApiGwV1ResponseWriter(),
                ResponseLimit.LAMBDA_BYTES);
        this.apiGwV2 = new HttpTrigger(new ApiGwV2RequestMapper(), new ApiGwV2ResponseWriter(),
                ResponseLimit.LAMBDA_BYTES);
        this.alb = new HttpTrigger(new AlbRequestMapper(), new AlbResponseWriter(), ResponseLimit.ALB_BYTES);
        this.resultLimit = new ResponseLimit("AWS Lambda", ResponseLimit.LAMBDA_BYTES, results::sizeAsSent);
        this.sns = new SnsRecordsHandler(results);
        this.s3 = new S3RecordsHandler(results);
        this.dynamoDb = new DynamoDbStreamsBatchHandler(runtime::json);
        this.kafka = new KafkaBatchHandler(results);
        this.kafkaDeclared = KafkaTriggerDeclaration.declared(runtime.environment(), invoker.functionName());
    }

    byte[] dispatch(byte[] payload, Context lambdaContext) {
        InvocationContext context = LambdaContexts.from(lambdaContext);
        JsonNode event = envelopes.read(payload);
        AwsEventShape shape = AwsEventShape.of(event);
        if (shape.isHttp()) {
            // HTTP triggers guard themselves: every outcome is a proxy response
            return JsonTrees.write(switch (shape) {
                case API_GATEWAY_V1 -> apiGwV1.handle(event, context, invoker);
                case API_GATEWAY_V2 -> apiGwV2.handle(event, context, invoker);
                default -> alb.handle(event, context, invoker);
            });
        }
        try {
            return dispatchEvent(shape, payload, event, context);
        }
        catch (FunctionErrorException e) {
            throw e;
        }
        catch (Throwable e) {
            // a malformed envelope (400) or a bug of the decoding code (500, logged): the invocation fails, so the
            // platform retries the whole event and nothing in it is acknowledged
            return results.single(invoker.failed(PortableRequest.builder().context(context).build(), e));
        }
    }

    private byte[] dispatchEvent(AwsEventShape shape, byte[] payload, JsonNode event, InvocationContext context) {
        return switch (shape) {
            case SQS -> JsonTrees.write(sqs.handle(event, context, invoker));
            case SNS -> sns.handle(event, context, invoker);
            case S3 -> s3.handle(event, context, invoker);
            case KINESIS -> JsonTrees.write(kinesis.handle(event, context, invoker));
            case DYNAMODB_STREAMS -> JsonTrees.write(dynamoDb.handle(event, context, invoker));
            case KAFKA -> kafkaDeclared ? JsonTrees.write(kafka.handle(event, context, invoker))
                    : results.single(invoker.reject(PortableRequest.builder().context(context).build(), 400,
                            undeclaredKafka(event)));
            case UNSUPPORTED -> results.single(invoker.reject(PortableRequest.builder().context(context).build(),
                    400, "Polyfn does not support " + UnsupportedAwsEvents.describe(event) + " events: the event"
                            + " was not passed to function " + invoker.functionName() + "."));
            case SCHEDULE -> results.single(invoker.invoke(EventBridgeMapper.scheduleTick(event, context), resultLimit));
            case EVENTBRIDGE -> results.single(invoker.invoke(EventBridgeMapper.detail(event, context), resultLimit));
            default -> results.single(invoker.invoke(direct(payload, event, context), resultLimit));
        };
    }

    private String undeclaredKafka(JsonNode event) {
        return "Function " + invoker.functionName() + " declares no Kafka trigger, so this "
                + event.path("eventSource").asString() + " event was not processed: declare one with "
                + KafkaTriggerDeclaration.prefix(invoker.functionName()) + "topic=<topic>.";
    }

    /**
     * A direct invocation's payload is the function's input as JSON; a JSON string offered to a {@code String}
     * function is its text ({@code "hello"} -> {@code hello}).
     */
    private PortableRequest direct(byte[] payload, JsonNode event, InvocationContext context) {
        if (event != null && event.isString() && invoker.inputType() == String.class) {
            return PortableRequest.builder().contentType("text/plain;charset=UTF-8")
                .body(event.asString().getBytes(StandardCharsets.UTF_8)).context(context).build();
        }
        return PortableRequest.builder().contentType("application/json").body(payload).context(context).build();
    }
}
