package dev.polyfn.local;

import java.util.ArrayList;
import java.util.List;

import dev.polyfn.core.PolyfnRuntime;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Imports the classes {@code polyfn.configuration} names, by the rule the cloud entry points follow: each
 * {@code @Configuration} class as a configuration class, and the {@code ApplicationContextInitializer}s through
 * {@link InitializerRegistrar}.
 */
final class UserFunctionsImport implements ImportSelector, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String[] selectImports(AnnotationMetadata importingClass) {
        List<String> imports = new ArrayList<>();
        boolean initializers = false;
        for (Class<?> type : configuredClasses(environment)) {
            if (ApplicationContextInitializer.class.isAssignableFrom(type)) {
                initializers = true;
            }
            else {
                imports.add(type.getName());
            }
        }
        if (initializers) {
            imports.add(InitializerRegistrar.class.getName());
        }
        return imports.toArray(String[]::new);
    }

    static List<Class<?>> configuredClasses(Environment environment) {
        String names = environment.getProperty(PolyfnRuntime.CONFIGURATION_PROPERTY);
        if (names == null || names.isBlank()) {
            throw new IllegalStateException("No function configuration: set " + PolyfnRuntime.CONFIGURATION_PROPERTY
                    + " in src/main/resources/application.properties to the class that declares your functions.");
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.split(",")) {
            try {
                classes.add(ClassUtils.forName(name.trim(), UserFunctionsImport.class.getClassLoader()));
            }
            catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(PolyfnRuntime.CONFIGURATION_PROPERTY + " names class '" + name.trim()
                        + "', which is not on the class path.", e);
            }
        }
        return classes;
    }
}
