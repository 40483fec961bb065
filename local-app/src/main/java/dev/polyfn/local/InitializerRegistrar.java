package dev.polyfn.local;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Runs the functional registrations ({@code ApplicationContextInitializer<GenericApplicationContext>}) that
 * {@code polyfn.configuration} names against the Boot application's context, as the lean runtime does against its
 * own. Configuration-class processing hands an import its context as the resource loader.
 */
final class InitializerRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, ResourceLoaderAware {

    private Environment environment;
    private ResourceLoader resourceLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void registerBeanDefinitions(AnnotationMetadata importingClass, BeanDefinitionRegistry registry) {
        if (!(resourceLoader instanceof GenericApplicationContext context)) {
            throw new IllegalStateException("Functional registrations need a GenericApplicationContext; this"
                    + " application runs a " + resourceLoader.getClass().getName() + ".");
        }
        for (Class<?> type : UserFunctionsImport.configuredClasses(environment)) {
            if (ApplicationContextInitializer.class.isAssignableFrom(type)) {
                ((ApplicationContextInitializer<GenericApplicationContext>) BeanUtils.instantiateClass(type))
                    .initialize(context);
            }
        }
    }
}
