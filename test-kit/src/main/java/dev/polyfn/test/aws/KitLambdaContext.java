package dev.polyfn.test.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** Lambda's {@link Context} as the runtime client passes it: a request id, 30 s left, the function's ARN. */
final class KitLambdaContext implements Context {

    private final String requestId;
    private final long deadline = System.currentTimeMillis() + 30_000;

    KitLambdaContext(String requestId) {
        this.requestId = requestId;
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/polyfn-test"; }
    @Override public String getLogStreamName() { return "2026/12/01/[$LATEST]polyfn-test"; }
    @Override public String getFunctionName() { return "polyfn-test"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-1:123456789012:function:polyfn-test"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }
    @Override public int getMemoryLimitInMB() { return 512; }
    @Override public LambdaLogger getLogger() { return null; }
}
