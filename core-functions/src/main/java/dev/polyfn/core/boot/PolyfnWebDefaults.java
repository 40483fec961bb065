package dev.polyfn.core.boot;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults that make a Spring Boot web app answer like the clouds do; each is overridable with a normal property.
 * <ul>
 * <li>{@code spring.mvc.problemdetails.enabled=true}: framework errors (405, unknown paths) are problem+json too;</li>
 * <li>{@code spring.servlet.multipart.enabled=false}: functions read raw bodies; parsing multipart before the
 *     function would turn a malformed upload into a 500 instead of the function's 415;</li>
 * <li>{@code server.tomcat.max-swallow-size=128MB}: after answering 413 the server reads (and drops) the rest of the
 *     upload, so the client receives the answer instead of a reset connection;</li>
 * <li>{@code spring.cloud.function.scan.enabled=false}: functions are declared, never found by scanning;</li>
 * <li>{@code logging.pattern.correlation=[%X{requestId:-}] }: every console line written in an invocation shows its
 *     request id (Polyfn mirrors the invocation into SLF4J's MDC: {@code requestId}, {@code traceId},
 *     {@code function}, {@code recordId}; structured console logging, {@code logging.structured.format.console},
 *     carries them as fields).</li>
 * </ul>
 */
public class PolyfnWebDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("polyfnDefaults", Map.of(
                "spring.mvc.problemdetails.enabled", "true",
                "spring.servlet.multipart.enabled", "false",
                "server.tomcat.max-swallow-size", "128MB",
                "spring.cloud.function.scan.enabled", "false",
                "logging.pattern.correlation", "[%X{requestId:-}] ")));
    }
}
