package dev.polyfn.test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.local.PolyfnLocalApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The functions under test, deployed as each target deploys them: one lean runtime per function (as Lambda, Cloud
 * Functions and the Azure worker run it, the function fixed by {@code spring.cloud.function.definition}), shared by
 * the cloud targets, and one local app (Spring Boot, on a free port) serving them all. Started on first use.
 */
public final class Deployments implements AutoCloseable {

    private final Map<String, Object> settings;
    private final Map<String, PolyfnRuntime> runtimes = new ConcurrentHashMap<>();
    private final Map<String, PolyfnAzure> azureApps = new ConcurrentHashMap<>();
    private final Map<String, Object> entryPoints = new ConcurrentHashMap<>();
    private volatile ConfigurableApplicationContext localApp;

    Deployments(Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The lean runtime running {@code function}, as a cloud deployment of it would. */
    public PolyfnRuntime runtime(String function) {
        return runtimes.computeIfAbsent(function, name -> {
            Map<String, Object> deployment = new HashMap<>(settings);
            deployment.put("spring.cloud.function.definition", name);
            return PolyfnRuntime.start(deployment);
        });
    }

    /** A target's entry point object for {@code function}, made once (e.g. a {@code PolyfnHandler}). */
    @SuppressWarnings("unchecked")
    public <T> T entryPoint(String target, String function, java.util.function.Function<PolyfnRuntime, T> create) {
        return (T) entryPoints.computeIfAbsent(target + ":" + function, key -> create.apply(runtime(function)));
    }

    /** The Azure application whose Azure function {@code function} runs the bean of that name. */
    public PolyfnAzure azure(String function) {
        return azureApps.computeIfAbsent(function, name -> new PolyfnAzure(runtime(name), key -> null));
    }

    /** The port of the local app serving every function, started on first use. */
    public int localPort() {
        ConfigurableApplicationContext app = localApp;
        if (app == null) {
            synchronized (this) {
                app = localApp;
                if (app == null) {
                    Map<String, Object> properties = new HashMap<>(settings);
                    properties.put("server.port", "0");
                    properties.put("spring.main.banner-mode", "off");
                    app = new SpringApplicationBuilder(PolyfnLocalApplication.class)
                        .web(WebApplicationType.SERVLET).properties(properties).run();
                    localApp = app;
                }
            }
        }
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        if (localApp != null) {
            localApp.close();
        }
        runtimes.values().forEach(PolyfnRuntime::close);
    }
}
