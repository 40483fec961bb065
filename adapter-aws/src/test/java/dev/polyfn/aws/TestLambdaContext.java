package dev.polyfn.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** A Lambda context as the runtime would pass it, with fixed ids. */
final class TestLambdaContext implements Context {

    static final String FUNCTION_ARN = "arn:aws:lambda:eu-west-1:123456789012:function:orders-uppercase";

    private final String requestId;

    TestLambdaContext(String requestId) {
        this.requestId = requestId;
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/orders-uppercase"; }
    @Override public String getLogStreamName() { return "2026/11/23/[$LATEST]abcdef"; }
    @Override public String getFunctionName() { return "orders-uppercase"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return FUNCTION_ARN; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 30_000; }
    @Override public int getMemoryLimitInMB() { return 512; }
    @Override public LambdaLogger getLogger() { return null; }
}
