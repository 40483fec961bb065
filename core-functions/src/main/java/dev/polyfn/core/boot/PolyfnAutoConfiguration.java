package dev.polyfn.core.boot;

import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.internal.InvocationScope;
import dev.polyfn.core.internal.JsonMappers;
import dev.polyfn.core.web.FunctionOpenApiCustomizer;
import dev.polyfn.core.web.FunctionWebEndpoint;
import dev.polyfn.core.web.ProblemErrorReportValve;
import dev.polyfn.core.web.WebProblemHandler;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Polyfn in a Spring Boot application (the local web app): the same invoker as on the clouds, over the catalog
 * that Spring Cloud Function's auto-configuration builds, and {@code POST /{function}} for each function.
 */
@AutoConfiguration(afterName = "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnBean(FunctionCatalog.class)
public class PolyfnAutoConfiguration {

    @Bean
    PolyfnProperties polyfnProperties(Environment environment) {
        return PolyfnProperties.from(environment);
    }

    @Bean
    PolyfnFunctions polyfnFunctions(FunctionCatalog catalog, PolyfnProperties properties, Environment environment) {
        if (org.springframework.util.ClassUtils.isPresent("org.slf4j.MDC", getClass().getClassLoader())) {
            InvocationScope.mirrorToMdc();
        }
        return new PolyfnFunctions(catalog, properties, JsonMappers.lazy(properties), environment).validateAll();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    static class Web {

        @Bean
        FunctionWebEndpoint polyfnFunctionWebEndpoint(PolyfnFunctions functions) {
            return new FunctionWebEndpoint(functions);
        }

        /** Replaces Boot's problem-details handler, so framework errors carry the same problem shape. */
        @Bean
        WebProblemHandler polyfnWebProblemHandler() {
            return new WebProblemHandler();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory")
    static class Tomcat {

        /** Requests Tomcat rejects itself (bad URL encoding) also answer problem+json. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> polyfnProblemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        /**
         * Tomcat's header limits above Polyfn's ({@link dev.polyfn.core.rules.ServerHeaderLimits}), so too many or
         * too large headers answer Polyfn's 431 problem as on every cloud, not Tomcat's own 400. Runs after Boot's
         * {@code server.max-http-request-header-size}, keeping a larger value set there.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> polyfnHeaderLimits(PolyfnProperties properties) {
            int count = dev.polyfn.core.rules.ServerHeaderLimits.count(properties);
            int bytes = dev.polyfn.core.rules.ServerHeaderLimits.bytes(properties);
            return factory -> factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler()
                        instanceof org.apache.coyote.http11.AbstractHttp11Protocol<?> http) {
                    http.setMaxHeaderCount(http.getMaxHeaderCount() < 0 ? -1 : Math.max(http.getMaxHeaderCount(), count));
                    http.setMaxHttpRequestHeaderSize(Math.max(http.getMaxHttpRequestHeaderSize(), bytes));
                }
            });
        }
    }

    /** Invocation metrics in the application's Micrometer registry (with actuator). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {

        @Bean
        org.springframework.beans.factory.SmartInitializingSingleton polyfnInvocationMetrics(PolyfnFunctions functions,
                org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
            return () -> registry.ifAvailable(r -> functions.addListener(new MicrometerInvocationMetrics(r)));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApi {

        @Bean
        static LazySpringdoc polyfnLazySpringdoc() {
            return new LazySpringdoc();
        }

        @Bean
        FunctionOpenApiCustomizer polyfnOpenApiCustomizer(PolyfnFunctions functions) {
            return new FunctionOpenApiCustomizer(functions);
        }
    }
}
