package dev.polyfn.local.replay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.polyfn.aws.FunctionErrorException;
import dev.polyfn.aws.PolyfnHandler;
import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.internal.JsonText;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /events/aws/{function}}: a Lambda event (API Gateway, Function URL, ALB, SQS, SNS, S3, EventBridge,
 * Kinesis, DynamoDB Streams, or a direct invocation's JSON) through {@link PolyfnHandler}, answered as Lambda's
 * Invoke API answers: {@code 200} with the function's result (a proxy response, {@code {"batchItemFailures":[...]}},
 * the function's JSON), or, for a function error, {@code 200} with {@code X-Amz-Function-Error: Unhandled} and
 * {@code {"errorType":"FunctionErrorException","errorMessage":"<problem>"}}.
 *
 * <p>Example: {@code curl -X POST localhost:8080/events/aws/processPayment --data-binary @sqs-payments.json}
 * answers {@code {"batchItemFailures":[{"itemIdentifier":"<id of the failed message>"}]}}.
 */
@Hidden
@RestController
class AwsEventReplay {

    private final ReplayRuntimes runtimes;

    AwsEventReplay(ReplayRuntimes runtimes) {
        this.runtimes = runtimes;
    }

    @PostMapping("/events/aws/{function}")
    ResponseEntity<byte[]> replay(@PathVariable("function") String function,
            @RequestHeader(name = "x-request-id", required = false) String requestId,
            @RequestBody(required = false) byte[] event) throws IOException {
        PolyfnHandler handler;
        try {
            handler = new PolyfnHandler(runtimes.of(function));
        }
        catch (ProblemException e) {
            return ReplayAnswers.problem(e, "/events/aws/" + function);
        }
        PolyfnProperties properties = runtimes.functions().properties();
        long timeout = (properties.timeout() != null ? properties.timeout() : PolyfnProperties.DEFAULT_TIMEOUT).toMillis();
        String id = new InvocationContext(requestId, "aws", null, null, null, null).requestId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event == null ? new byte[0] : event), out,
                    new LocalLambdaContext(id, function, timeout));
        }
        catch (FunctionErrorException e) {
            StringBuilder error = new StringBuilder("{\"errorType\":\"FunctionErrorException\",\"errorMessage\":");
            JsonText.quote(error, e.getMessage()).append('}');
            return ResponseEntity.ok().header("X-Amz-Function-Error", "Unhandled")
                .contentType(MediaType.APPLICATION_JSON).body(error.toString().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
    }
}
