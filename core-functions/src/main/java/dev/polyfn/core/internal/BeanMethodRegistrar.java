package dev.polyfn.core.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;

/**
 * Registers the {@code @Bean} methods of a simple configuration class directly, as Spring's own configuration
 * processing would, without that processing (class-file parsing, annotation merging, condition evaluation: about
 * 400 classes and a tenth of a cold start).
 *
 * <p>It takes only classes whose meaning it reproduces exactly: {@code @Configuration(proxyBeanMethods = false)}
 * and nothing else on the class, superclass {@code Object}, and {@code @Bean} methods that are non-static, carry
 * no other annotation, have unannotated parameters (autowired by type) and use {@code @Bean}'s name and defaults
 * only. For anything else {@link #register} answers false and the caller uses Spring's full processing, so the
 * result is the same either way, only slower.
 */
public final class BeanMethodRegistrar {

    private BeanMethodRegistrar() {
    }

    /** Registers the class and its bean methods if it is simple enough; false (and nothing registered) otherwise. */
    public static boolean register(GenericApplicationContext context, Class<?> type) {
        List<Method> beanMethods = simpleBeanMethods(type);
        if (beanMethods == null) {
            return false;
        }
        String configName = StringUtils.hasText(type.getAnnotation(Configuration.class).value())
                ? type.getAnnotation(Configuration.class).value() : type.getName();
        RootBeanDefinition configuration = new RootBeanDefinition(type);
        configuration.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        context.registerBeanDefinition(configName, configuration);
        for (Method method : beanMethods) {
            Bean bean = method.getAnnotation(Bean.class);
            String[] names = bean.value().length > 0 ? bean.value() : bean.name();
            String name = names.length > 0 ? names[0] : method.getName();
            RootBeanDefinition definition = new RootBeanDefinition();
            definition.setFactoryBeanName(configName);
            definition.setUniqueFactoryMethodName(method.getName());
            definition.setResolvedFactoryMethod(method);
            definition.setTargetType(ResolvableType.forMethodReturnType(method, type));
            definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
            definition.setAutowireCandidate(bean.autowireCandidate());
            context.registerBeanDefinition(name, definition);
            for (int i = 1; i < names.length; i++) {
                context.registerAlias(name, names[i]);
            }
        }
        return true;
    }

    /** The bean methods when every rule above holds, else null. */
    private static List<Method> simpleBeanMethods(Class<?> type) {
        Configuration configuration = type.getAnnotation(Configuration.class);
        if (configuration == null || configuration.proxyBeanMethods() || type.getDeclaredAnnotations().length != 1
                || type.getSuperclass() != Object.class || type.isLocalClass() || type.isAnonymousClass()
                || type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            return null;
        }
        List<Method> beanMethods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            Bean bean = method.getAnnotation(Bean.class);
            if (bean == null) {
                continue;
            }
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaredAnnotations().length != 1
                    || !bean.initMethod().isEmpty() || !AbstractBeanDefinition.INFER_METHOD.equals(bean.destroyMethod())
                    || !bean.defaultCandidate() || bean.bootstrap() != Bean.Bootstrap.DEFAULT
                    || hasAnnotatedParameter(method)) {
                return null;
            }
            beanMethods.add(method);
        }
        beanMethods.sort(java.util.Comparator.comparing(Method::getName));
        return beanMethods;
    }

    private static boolean hasAnnotatedParameter(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            if (annotations.length > 0) {
                return true;
            }
        }
        return false;
    }
}
