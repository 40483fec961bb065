package dev.polyfn.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.polyfn.core.internal.BeanValidation;
import dev.polyfn.core.internal.FunctionResolver;
import dev.polyfn.core.internal.HeaderPolicy;
import dev.polyfn.core.internal.InputReader;
import dev.polyfn.core.internal.InvocationListener;
import dev.polyfn.core.internal.InvocationLog;
import dev.polyfn.core.internal.InvocationSpans;
import dev.polyfn.core.internal.JsonMappers;
import dev.polyfn.core.internal.OutputWriter;
import dev.polyfn.core.internal.Problems;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import tools.jackson.databind.ObjectMapper;

/**
 * The functions of an application, each behind a {@link PolyfnInvoker}, over Spring Cloud Function's catalog.
 * Cloud entry points run {@link #deployed()}, fixed by configuration; the local web app serves each by name.
 */
public final class PolyfnFunctions {

    private final FunctionCatalog catalog;
    private final PolyfnProperties properties;
    private final Supplier<ObjectMapper> json;
    private final HeaderPolicy headers;
    private final InputReader input;
    private final OutputWriter output;
    private final Problems problems;
    private final InvocationLog log;
    private final Set<String> names;
    private final Map<String, PolyfnInvoker> invokers = new ConcurrentHashMap<>();
    private final InvocationSpans spans = InvocationSpans.detect();
    private final List<InvocationListener> listeners = new CopyOnWriteArrayList<>();
    private final org.springframework.core.env.PropertyResolver declarations;

    /**
     * @param json the application's JSON mapper, supplied on first use (see {@link JsonMappers#lazy}), so functions
     *             of text or bytes never build it
     */
    public PolyfnFunctions(FunctionCatalog catalog, PolyfnProperties properties, Supplier<ObjectMapper> json) {
        this(catalog, properties, json, null);
    }

    /** @param declarations where the functions' declarations ({@code polyfn.functions.*}, e.g. HTTP methods) are read */
    public PolyfnFunctions(FunctionCatalog catalog, PolyfnProperties properties, Supplier<ObjectMapper> json,
            org.springframework.core.env.PropertyResolver declarations) {
        this.declarations = declarations;
        this.catalog = catalog;
        this.properties = properties;
        this.json = json;
        this.headers = new HeaderPolicy(properties);
        this.input = new InputReader(json, new BeanValidation(), properties.maxBodyBytes());
        this.output = new OutputWriter(json, headers);
        this.problems = new Problems();
        this.log = new InvocationLog(properties);
        this.names = FunctionResolver.userFunctionNames(catalog);
    }

    /** Names of the declared functions, sorted. */
    public Set<String> names() {
        return names;
    }

    public PolyfnProperties properties() {
        return properties;
    }

    /** The one JSON mapper of this application (with Polyfn's read limits), built on first use. */
    public ObjectMapper json() {
        return json.get();
    }

    /** The function this deployment runs; fails with the list of functions when the definition is unknown or ambiguous. */
    public PolyfnInvoker deployed() {
        return invoker(FunctionResolver.resolve(catalog, properties.definition()));
    }

    /** Tells {@code listener} of every invocation from now on (the local web app's Micrometer metrics). */
    public void addListener(InvocationListener listener) {
        listeners.add(listener);
    }

    /**
     * Looks up every declared function now, so a function Polyfn cannot serve (an unsupported shape) fails at
     * startup, naming the function, rather than at its first request. For homes that serve every function.
     */
    public PolyfnFunctions validateAll() {
        names.forEach(this::invoker);
        return this;
    }

    /** The invoker of a declared function (or a composition of declared functions). */
    public PolyfnInvoker invoker(String definition) {
        return invokers.computeIfAbsent(FunctionResolver.resolve(catalog, definition), this::create);
    }

    /** Runs the named function, or answers 404 problem+json when no such function is declared. */
    public PortableResponse invoke(String name, PortableRequest request) {
        return names.contains(name) ? invoker(name).invoke(request) : notFound(name, request);
    }

    /** The problem answer for a request to the named function that was rejected before it could be read (e.g. 413). */
    public PortableResponse reject(String name, PortableRequest request, ProblemException reason) {
        return names.contains(name) ? invoker(name).reject(request, reason.status(), reason.detail())
                : notFound(name, request);
    }

    private PortableResponse notFound(String name, PortableRequest request) {
        return problems.response(404, "No function named '" + name.replaceAll("[^A-Za-z0-9_.-]", "?")
                + "' is served here.", request);
    }

    private PolyfnInvoker create(String definition) {
        FunctionInvocationWrapper function = catalog.lookup(definition);
        if (function == null) {
            throw new IllegalStateException("Function '" + definition + "' could not be looked up. Available: " + names);
        }
        return new PolyfnInvoker(definition, function, properties, headers, input, output, problems, log, spans,
                listeners, dev.polyfn.core.rules.HttpMethodRule.of(definition, declarations));
    }
}
