package dev.polyfn.local;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The local app's defaults, below every property of the project's own: health is the one actuator endpoint on the
 * web (without the Kubernetes probes), OpenAPI at {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}.
 */
public class PolyfnLocalDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("polyfnLocalDefaults", Map.of(
                "management.endpoints.web.exposure.include", "health",
                "management.endpoint.health.probes.enabled", "false",
                "springdoc.swagger-ui.path", "/swagger-ui.html",
                "springdoc.api-docs.path", "/v3/api-docs")));
    }
}
