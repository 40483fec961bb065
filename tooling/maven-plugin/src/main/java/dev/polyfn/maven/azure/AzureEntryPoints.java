package dev.polyfn.maven.azure;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.polyfn.maven.jar.ClasspathJar;

/**
 * The generic entry points of the polyfn-adapter-azure on the class path ({@code dev.polyfn.azure.PolyfnAzureFunctions}),
 * read from the class itself: for each method, the {@code name} of its trigger parameter's annotation, which the Java
 * worker matches to the binding's {@code name} in function.json. So the generated bindings always fit the adapter
 * they run with, and a trigger the adapter has no entry point for fails the build, not the deployment.
 */
final class AzureEntryPoints {

    static final String CLASS = "dev.polyfn.azure.PolyfnAzureFunctions";

    private final Map<String, String> bindingNames;

    private AzureEntryPoints(Map<String, String> bindingNames) {
        this.bindingNames = bindingNames;
    }

    static AzureEntryPoints read(List<ClasspathJar> classpath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (ClasspathJar jar : classpath) {
            urls.add(jar.file().toURI().toURL());
        }
        Map<String, String> names = new HashMap<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            for (Method method : Class.forName(CLASS, false, loader).getDeclaredMethods()) {
                for (Annotation[] annotations : method.getParameterAnnotations()) {
                    for (Annotation annotation : annotations) {
                        if (annotation.annotationType().getSimpleName().endsWith("Trigger")) {
                            names.put(method.getName(), (String) annotation.annotationType().getMethod("name")
                                .invoke(annotation));
                        }
                    }
                }
            }
        }
        catch (ReflectiveOperationException | LinkageError e) {
            throw new IOException("Cannot read " + CLASS + " from polyfn-adapter-azure: " + e, e);
        }
        return new AzureEntryPoints(names);
    }

    /** The trigger binding's name for entry point {@code method}; {@link IllegalArgumentException} when it is missing. */
    String bindingName(String method, String trigger) {
        String name = bindingNames.get(method);
        if (name == null) {
            throw new IllegalArgumentException("This polyfn-adapter-azure has no entry point " + CLASS + "." + method
                    + " for a " + trigger + " trigger; its entry points are " + bindingNames.keySet() + ".");
        }
        return name;
    }
}
