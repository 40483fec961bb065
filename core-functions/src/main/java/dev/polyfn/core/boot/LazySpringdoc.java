package dev.polyfn.core.boot;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes springdoc's beans lazy: they are built on the first request for the OpenAPI document or the Swagger UI,
 * not while the app starts. Building them loads swagger-core and its own Jackson 2 mapper (~400 ms of the local
 * app's start); serving {@code POST /{function}} never needs them.
 */
final class LazySpringdoc implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            if (isSpringdoc(beans, definition)) {
                definition.setLazyInit(true);
            }
        }
    }

    private static boolean isSpringdoc(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (type == null && definition.getFactoryBeanName() != null
                && beans.containsBeanDefinition(definition.getFactoryBeanName())) {
            type = beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
        }
        return type != null && type.startsWith(SPRINGDOC);
    }
}
