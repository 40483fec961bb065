package dev.polyfn.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PolyfnRuntime;

/**
 * The Lambda handler of every Polyfn function: {@code dev.polyfn.aws.PolyfnHandler::handleRequest}. The function is
 * fixed by the environment variable {@code SPRING_CLOUD_FUNCTION_DEFINITION}; the functions are found through
 * {@code polyfn.configuration} (see {@link PolyfnRuntime}).
 *
 * <p>Example: with {@code SPRING_CLOUD_FUNCTION_DEFINITION=uppercase}, an API Gateway event with body
 * {@code hello} answers {@code {"statusCode":200,...,"body":"HELLO"}} and a direct invocation with {@code "hello"}
 * answers {@code "HELLO"}.
 *
 * <p>One {@link PolyfnRuntime} is started per process, when Lambda creates the handler during its init phase (so
 * SnapStart snapshots it); a bad definition fails the init phase with the list of available functions.
 * {@code handleRequest} throws {@link FunctionErrorException} when a non-HTTP trigger's function failed (so Lambda
 * records a function error and retries asynchronous events); HTTP triggers and SQS batches always get an answer.
 */
public final class PolyfnHandler implements RequestStreamHandler {

    private final AwsEventDispatcher dispatcher;

    /** The handler Lambda creates: runs on the process's one runtime. */
    public PolyfnHandler() {
        this(ProcessRuntime.get());
    }

    /** A handler on a given runtime, for tests and for embedding. */
    public PolyfnHandler(PolyfnRuntime runtime) {
        this.dispatcher = new AwsEventDispatcher(runtime);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(dispatcher.dispatch(input.readAllBytes(), context));
    }

    /**
     * Started once, when the class is first used (Lambda's init phase). A startup failure is kept and rethrown as it
     * is, so Lambda's init error shows its message (e.g. the unknown definition and the available functions)
     * rather than a bare {@code ExceptionInInitializerError}.
     */
    private static final class ProcessRuntime {
        private static final PolyfnRuntime RUNTIME;
        private static final RuntimeException FAILURE;

        static {
            PolyfnRuntime runtime = null;
            RuntimeException failure = null;
            try {
                runtime = PolyfnRuntime.start(Map.of(PolyfnProperties.PROVIDER, "aws"));
            }
            catch (RuntimeException e) {
                failure = e;
            }
            RUNTIME = runtime;
            FAILURE = failure;
        }

        static PolyfnRuntime get() {
            if (FAILURE != null) {
                throw FAILURE;
            }
            return RUNTIME;
        }
    }
}
