package dev.polyfn.gcp;

import java.io.IOException;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.ResponseLimit;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.gcp.http.CloudSchedulerHttpMapper;
import dev.polyfn.gcp.http.GcpHttpRequestMapper;
import dev.polyfn.gcp.http.GcpHttpResponseWriter;
import dev.polyfn.gcp.internal.GcpInvocationContexts;
import dev.polyfn.gcp.internal.GcpRuntimeHolder;

/**
 * The {@code HttpFunction} entry point: serves the deployment's function at any path, for the methods it declares
 * ({@code http.methods}, default POST; any other answers 405 with {@code Allow}, by core's rule).
 *
 * <p>Example: with {@code SPRING_CLOUD_FUNCTION_DEFINITION=uppercase}, {@code POST /} with body
 * {@code hello polyfn} answers {@code 200 text/plain HELLO POLYFN}; malformed JSON for a POJO function answers
 * {@code 400 application/problem+json}. A function taking a {@code ScheduleTick} called by a Cloud Scheduler HTTP
 * job gets the tick from the job's headers. Deploy with {@code --entry-point dev.polyfn.gcp.PolyfnHttpFunction}.
 * Bad input never throws: it is answered with a 4xx problem; an answer over the platform's 32 MB response limit
 * is core's 502 problem. An {@link IOException} means the client went away.
 */
public final class PolyfnHttpFunction implements HttpFunction {

    private final PolyfnInvoker invoker;
    private final GcpHttpRequestMapper requests;
    private final GcpHttpResponseWriter responses = new GcpHttpResponseWriter();
    private final CloudSchedulerHttpMapper scheduler;
    private final ResponseLimit limit = new ResponseLimit("Google Cloud Functions", ResponseLimit.GCP_BYTES,
            r -> r.body().length);

    /** Used by the invoker: starts (once per process) the runtime configured by the environment. */
    public PolyfnHttpFunction() {
        this(GcpRuntimeHolder.runtime());
    }

    /** For tests and tools: serves the given runtime's function. */
    public PolyfnHttpFunction(PolyfnRuntime runtime) {
        this.invoker = runtime.invoker();
        this.requests = new GcpHttpRequestMapper(GcpInvocationContexts.fromEnvironment(System::getenv));
        this.scheduler = invoker.inputType() == ScheduleTick.class ? new CloudSchedulerHttpMapper() : null;
    }

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        PortableRequest head = requests.withoutBody(request);
        PortableResponse answer;
        try {
            PortableRequest.Builder whole = head.toBuilder().query(requests.query(request))
                .body(requests.body(request, invoker));
            if (scheduler != null) {
                scheduler.scheduleTick(request).ifPresent(whole::event);
            }
            answer = invoker.invoke(whole.build(), limit);
        }
        catch (Throwable e) {
            // a query or body the mapper rejects (a ProblemException: 400, 413), or a bug of the mapping code
            // itself (500, its cause logged): a problem, never the framework's bare 500
            answer = invoker.failed(head, e);
        }
        responses.write(answer, response);
    }
}
