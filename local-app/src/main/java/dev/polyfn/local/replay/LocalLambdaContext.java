package dev.polyfn.local.replay;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The Lambda {@link Context} of a replayed AWS event: a fresh request id (or the caller's {@code X-Request-Id}),
 * the app's own deadline ({@code polyfn.timeout}, else 30 s) and a function name of the bean's.
 */
final class LocalLambdaContext implements Context {

    private final String requestId;
    private final String function;
    private final long deadlineMillis;

    LocalLambdaContext(String requestId, String function, long timeoutMillis) {
        this.requestId = requestId;
        this.function = function;
        this.deadlineMillis = System.currentTimeMillis() + timeoutMillis;
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/" + function; }
    @Override public String getLogStreamName() { return "local"; }
    @Override public String getFunctionName() { return function; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:" + function; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, deadlineMillis - System.currentTimeMillis()); }
    @Override public int getMemoryLimitInMB() { return 512; }
    @Override public LambdaLogger getLogger() { return null; }
}
