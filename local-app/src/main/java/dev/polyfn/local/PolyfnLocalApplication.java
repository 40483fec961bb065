package dev.polyfn.local;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The functions of {@code polyfn.configuration} as a local web app: {@code java -jar hello-app.jar
 * [--server.port=N]}, or {@code mvn polyfn:run} in the project. Each function answers {@code POST /<name>} (or the
 * methods it declares; others 405), CloudEvents there and at {@code POST /}, and provider events replayed at
 * {@code /events/aws|gcp|azure/...} ({@link dev.polyfn.local.replay}); OpenAPI at {@code /v3/api-docs}, Swagger UI
 * at {@code /swagger-ui.html}, health at {@code /actuator/health}.
 * Fails at startup, naming the property, when {@code polyfn.configuration} is missing or names no class.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(UserFunctionsImport.class)
public class PolyfnLocalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolyfnLocalApplication.class, args);
    }
}
