package dev.polyfn.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.polyfn.core.internal.BeanMethodRegistrar;
import dev.polyfn.core.internal.JsonMappers;
import dev.polyfn.core.internal.LazyConversionService;
import dev.polyfn.core.internal.LazyJsonMapper;
import dev.polyfn.core.internal.CloudLogging;
import org.springframework.beans.BeanUtils;
import org.springframework.cloud.function.context.FunctionProperties;
import org.springframework.cloud.function.context.catalog.BeanFactoryAwareFunctionRegistry;
import org.springframework.cloud.function.context.config.JsonMessageConverter;
import org.springframework.cloud.function.context.config.SmartCompositeMessageConverter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * The lean home of the functions on a cloud: a plain Spring context (no Spring Boot, no component scan) holding the
 * user's function declarations and Spring Cloud Function's catalog. Cloud entry points start one per process.
 *
 * <p>The one rule for finding the user's functions: the property {@code polyfn.configuration} (environment
 * variable {@code POLYFN_CONFIGURATION}, or {@code application.properties} on the class path) names one or more
 * classes, comma-separated; each is either a {@code @Configuration} class declaring function {@code @Bean}s or an
 * {@code ApplicationContextInitializer<GenericApplicationContext>} registering them functionally. A plain
 * {@code @Configuration(proxyBeanMethods = false)} class is registered without Spring's configuration-class
 * processing (see {@code BeanMethodRegistrar}), which is what a cold start spends most of its Spring time on.
 * Settings resolve from system properties, then environment variables, then {@code application.properties}.
 *
 * <p>Startup fails with {@link IllegalStateException} naming what is wrong (no configuration, unknown or
 * ambiguous function definition, with the list of available functions).
 */
public final class PolyfnRuntime implements AutoCloseable {

    public static final String CONFIGURATION_PROPERTY = "polyfn.configuration";

    private final GenericApplicationContext context;
    private final ConfigurableEnvironment environment;
    private final PolyfnFunctions functions;
    private final PolyfnInvoker invoker;
    /** Held here: org.crac keeps its resources weakly. Null without org.crac on the class path. */
    private final Object snapshotHooks;

    private PolyfnRuntime(GenericApplicationContext context, PolyfnFunctions functions, boolean fixDeployed) {
        this.context = context;
        this.environment = context.getEnvironment();
        this.functions = functions;
        this.invoker = fixDeployed ? functions.deployed() : null;
        if (!fixDeployed) {
            functions.validateAll();
        }
        this.snapshotHooks = SnapshotHooks.register(this, this.invoker);
    }

    private PolyfnRuntime(ConfigurableEnvironment environment, PolyfnFunctions functions, PolyfnInvoker invoker) {
        this.context = null;
        this.environment = environment;
        this.functions = functions;
        this.invoker = invoker;
        this.snapshotHooks = null;
    }

    /**
     * A runtime over functions another home already runs, with {@code definition} as its deployed function: the
     * local web app hands it to the adapters to replay a provider's event through their own code, on its beans.
     * Closing it closes nothing (the home owns the functions).
     */
    public static PolyfnRuntime over(PolyfnFunctions functions, ConfigurableEnvironment environment, String definition) {
        return new PolyfnRuntime(environment, functions, functions.invoker(definition));
    }

    /** Starts from system properties, environment variables and {@code application.properties}. */
    public static PolyfnRuntime start() {
        return start(Map.of());
    }

    /** Starts with {@code overrides} taking precedence over every other source (for tests and tools). */
    public static PolyfnRuntime start(Map<String, Object> overrides) {
        JsonMappers.preloadInBackground();
        return start(environment(overrides), true);
    }

    /**
     * Starts like {@link #start(Map)} without fixing the deployed function at startup, for platforms whose entry
     * points each name their own function (an Azure Functions app hosts several): {@link #invoker()} resolves the
     * deployed function on first use and fails then, not here, when it is unknown or ambiguous.
     */
    public static PolyfnRuntime startForEntryPoints(Map<String, Object> overrides) {
        JsonMappers.preloadInBackground();
        return start(environment(overrides), false);
    }

    private static ConfigurableEnvironment environment(Map<String, Object> overrides) {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", Map.copyOf(overrides)));
        ClassPathResource file = new ClassPathResource("application.properties");
        if (file.exists()) {
            try {
                environment.getPropertySources().addLast(new ResourcePropertySource(file));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return environment;
    }

    public static PolyfnRuntime start(ConfigurableEnvironment environment) {
        JsonMappers.preloadInBackground();
        return start(environment, true);
    }

    private static PolyfnRuntime start(ConfigurableEnvironment environment, boolean fixDeployed) {
        PolyfnProperties properties = PolyfnProperties.from(environment);
        CloudLogging.configure(properties.logFormat(), properties.logLevel(), properties.provider(),
                environment::getProperty);
        Supplier<ObjectMapper> json = JsonMappers.lazy(properties);
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        try {
            registerUserConfiguration(context, environment.getProperty(CONFIGURATION_PROPERTY));
            registerCatalog(context, properties, json);
            if (!fixDeployed || deployedMayNeedJson(context, properties.definition())) {
                JsonMappers.warmInBackground(json);
            }
            context.refresh();
            PolyfnFunctions functions = new PolyfnFunctions(
                    context.getBean(BeanFactoryAwareFunctionRegistry.class), properties, json, environment);
            return new PolyfnRuntime(context, functions, fixDeployed);
        }
        catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** The invoker of the function this deployment runs. */
    public PolyfnInvoker invoker() {
        return invoker != null ? invoker : functions.deployed();
    }

    public PolyfnFunctions functions() {
        return functions;
    }

    public ObjectMapper json() {
        return functions.json();
    }

    public PolyfnProperties properties() {
        return functions.properties();
    }

    /** The settings this runtime was started with, for adapters reading their own keys once at startup. */
    public ConfigurableEnvironment environment() {
        return environment;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static void registerUserConfiguration(GenericApplicationContext context, String classNames) {
        if (classNames == null || classNames.isBlank()) {
            throw new IllegalStateException("No function configuration: set " + CONFIGURATION_PROPERTY
                    + " (environment variable POLYFN_CONFIGURATION, or application.properties) to the class that"
                    + " declares your functions.");
        }
        for (String className : classNames.split(",")) {
            Class<?> type;
            try {
                type = ClassUtils.forName(className.trim(), PolyfnRuntime.class.getClassLoader());
            }
            catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(CONFIGURATION_PROPERTY + " names class '" + className.trim()
                        + "', which is not on the class path.", e);
            }
            if (ApplicationContextInitializer.class.isAssignableFrom(type)) {
                ((ApplicationContextInitializer<GenericApplicationContext>) BeanUtils.instantiateClass(type))
                    .initialize(context);
            }
            else if (!BeanMethodRegistrar.register(context, type)) {
                new AnnotatedBeanDefinitionReader(context).register(type);
            }
        }
    }

    /**
     * Whether the deployed function may need Polyfn's JSON mapper, judged from its bean definition before the
     * context starts: a function of text or bytes never builds it, so it is not built ahead; when the definition is
     * composed, not yet registered (Spring's configuration processing registers it during the refresh) or of an
     * unknown type, it may, and is built ahead as before.
     */
    private static boolean deployedMayNeedJson(GenericApplicationContext context, String definition) {
        if (definition == null || definition.contains("|") || definition.contains(",")
                || !context.getBeanFactory().containsBeanDefinition(definition)) {
            return true;
        }
        return JsonMappers.mayBeNeededBy(context.getBeanFactory().getMergedBeanDefinition(definition)
            .getResolvableType());
    }

    private static void registerCatalog(GenericApplicationContext context, PolyfnProperties properties,
            Supplier<ObjectMapper> json) {
        FunctionProperties functionProperties = new FunctionProperties();
        functionProperties.setDefinition(properties.definition());
        context.registerBean(FunctionProperties.class, () -> functionProperties);
        context.registerBean("functionCatalog", BeanFactoryAwareFunctionRegistry.class, () -> {
            // created late in the refresh: Spring Cloud Function's JsonMapper builds a Jackson mapper of its own in
            // its static initializer, which JsonMappers.preloadInBackground runs meanwhile on its own thread
            LazyJsonMapper jsonMapper = new LazyJsonMapper(json);
            return new BeanFactoryAwareFunctionRegistry(new LazyConversionService(),
                    new SmartCompositeMessageConverter(List.of(new JsonMessageConverter(jsonMapper),
                            new ByteArrayMessageConverter(), new StringMessageConverter())),
                    jsonMapper, functionProperties, null);
        });
    }
}
