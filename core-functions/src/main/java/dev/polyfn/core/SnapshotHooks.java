package dev.polyfn.core;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.polyfn.core.internal.CracResource;
import dev.polyfn.core.internal.RequestIds;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a started lean runtime does around a snapshot of its process (Lambda SnapStart, CRaC). Registered as an
 * {@code org.crac} resource when a runtime starts where a snapshot can be taken (a SnapStart init, a JDK with CRaC)
 * and {@code org.crac:crac} is on the class path (the Lambda jar carries it); otherwise nothing is registered.
 *
 * <p>{@link #beforeCheckpoint()} warms the deployed function's path without side effects: the JSON mapper and its
 * tree model, the reader of the function's input type, the writer of its output type, and core's request path up
 * to (not including) the call. The function itself runs only when {@code polyfn.snapshot.priming-body} is set: then
 * that body (as {@code polyfn.snapshot.priming-content-type}, default {@code application/json}) goes once through
 * the whole path, request id {@code polyfn-snapshot-priming}. {@link #afterRestore()} renews what must differ
 * between the copies of one snapshot: the salt of generated request ids, and the cold-start flag of every invoker,
 * so the first invocation after a restore is logged and counted as a cold start. Polyfn holds no other random
 * source and no cached clock (deadlines and timestamps are read per invocation).
 *
 * <p>Example: with {@code POLYFN_SNAPSHOT_PRIMING_BODY=hello polyfn} and
 * {@code POLYFN_SNAPSHOT_PRIMING_CONTENT_TYPE=text/plain}, the snapshot of {@code uppercase} holds a process that
 * has answered once; without them, one that has read and validated but never called.
 */
public final class SnapshotHooks {

    public static final String PRIMING_BODY = "polyfn.snapshot.priming-body";
    public static final String PRIMING_CONTENT_TYPE = "polyfn.snapshot.priming-content-type";
    public static final String PRIMING_REQUEST_ID = "polyfn-snapshot-priming";

    private static final Log LOG = LogFactory.getLog(SnapshotHooks.class);

    private final PolyfnRuntime runtime;
    private final PolyfnInvoker deployed;

    /** @param deployed the function this process runs, or null for a runtime serving several entry points */
    SnapshotHooks(PolyfnRuntime runtime, PolyfnInvoker deployed) {
        this.runtime = runtime;
        this.deployed = deployed;
    }

    /** Registers the hooks with org.crac when a snapshot can happen; what to hold strongly, or null. */
    static Object register(PolyfnRuntime runtime, PolyfnInvoker deployed) {
        return register(runtime, deployed, System::getenv);
    }

    /**
     * Only where a snapshot can be taken: Lambda's SnapStart init ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start},
     * the value Lambda documents for it) or a JDK with CRaC; elsewhere (an on-demand cold start) registering would
     * cost the cold start ~2 ms of org.crac's set-up for nothing.
     */
    static Object register(PolyfnRuntime runtime, PolyfnInvoker deployed, UnaryOperator<String> environment) {
        ClassLoader loader = SnapshotHooks.class.getClassLoader();
        boolean snapshot = "snap-start".equals(environment.apply("AWS_LAMBDA_INITIALIZATION_TYPE"))
                || ClassUtils.isPresent("jdk.crac.Core", loader) || ClassUtils.isPresent("javax.crac.Core", loader);
        if (!snapshot || !ClassUtils.isPresent("org.crac.Core", loader)) {
            return null;
        }
        try {
            SnapshotHooks hooks = new SnapshotHooks(runtime, deployed);
            return CracResource.register(hooks::beforeCheckpoint, hooks::afterRestore);
        }
        catch (RuntimeException | LinkageError e) {
            LOG.warn("Snapshot hooks not registered with org.crac: " + e);
            return null;
        }
    }

    /** Before the snapshot: warms the deployed function's path; calls the function only with a priming body. */
    public void beforeCheckpoint() {
        warm();
        String body = deployed == null ? null : runtime.environment().getProperty(PRIMING_BODY);
        if (body != null) {
            prime(body);
        }
    }

    private void warm() {
        ObjectMapper json = runtime.json();
        JsonNode tree = json.readTree("{\"a\":[1,2.5,\"b\",true,null],\"c\":{\"d\":\"e\"}}");
        json.writeValueAsBytes(tree);
        if (deployed == null) {
            return;
        }
        warmTypes(json, deployed.inputType(), deployed.outputType());
        deployed.warm(sample(deployed.inputType()));
        // the first invocation's hand-off then finds an invocation thread
        dev.polyfn.core.internal.DeadlineRunner.executor().execute(() -> { });
    }

    private void prime(String body) {
        PortableResponse primed = deployed.invoke(PortableRequest.http("POST", "/" + deployed.functionName())
            .contentType(runtime.environment().getProperty(PRIMING_CONTENT_TYPE, "application/json"))
            .body(body)
            .context(new InvocationContext(PRIMING_REQUEST_ID, runtime.properties().provider(), null, null,
                    Map.of(), null))
            .build());
        if (primed.status() >= 400) {
            LOG.warn("The priming invocation of " + deployed.functionName() + " answered " + primed.status()
                    + ": check " + PRIMING_BODY);
        }
    }

    /** After a restore: fresh request-id salt; the next invocation of every function counts as a cold start. */
    public void afterRestore() {
        RequestIds.reseed();
        if (deployed != null) {
            deployed.restored();
            return;
        }
        PolyfnFunctions functions = runtime.functions();
        for (String name : functions.names()) {
            functions.invoker(name).restored();
        }
    }

    /** Builds (and caches in the mapper) the deserializer of the input type and the serializer of the output type. */
    private static void warmTypes(ObjectMapper json, Type input, Type output) {
        for (Type type : new Type[] { input, output }) {
            if (type == null) {
                continue;
            }
            JavaType javaType = json.constructType(type);
            try {
                if (type == input) {
                    json.readerFor(javaType);
                }
                else {
                    json.writerFor(javaType);
                }
            }
            catch (RuntimeException unsupported) {
                // a type Jackson cannot handle fails the same way at the first invocation
            }
        }
    }

    /** A request the input reader reads (and validates) without the user's data: text, or an empty JSON object. */
    private static PortableRequest sample(Type input) {
        Class<?> raw = input == null ? Object.class : ResolvableType.forType(input).toClass();
        boolean text = raw == String.class || raw == byte[].class;
        return PortableRequest.http("POST", "/").contentType(text ? "text/plain" : "application/json")
            .body(text ? "" : (List.class.isAssignableFrom(raw) || raw.isArray()) ? "[]" : "{}")
            .context(new InvocationContext(PRIMING_REQUEST_ID, null, null, null, Map.of(), null))
            .build();
    }
}
