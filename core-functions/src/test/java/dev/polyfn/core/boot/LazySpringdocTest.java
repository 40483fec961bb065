package dev.polyfn.core.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;

/** springdoc's beans, declared by class or by a springdoc configuration's bean method, become lazy; no others. */
class LazySpringdocTest {

    @Test
    void onlySpringdocsBeansBecomeLazy() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("springdocProperties", new RootBeanDefinition(SpringDocConfigProperties.class));
        beans.registerBeanDefinition("springdocConfiguration", new RootBeanDefinition(SpringDocConfiguration.class));
        RootBeanDefinition fromBeanMethod = new RootBeanDefinition();
        fromBeanMethod.setFactoryBeanName("springdocConfiguration");
        fromBeanMethod.setFactoryMethodName("springdocObjectMapperProvider");
        beans.registerBeanDefinition("springdocObjectMapperProvider", fromBeanMethod);
        beans.registerBeanDefinition("polyfnProperties", new RootBeanDefinition(StringBuilder.class));
        RootBeanDefinition otherBeanMethod = new RootBeanDefinition();
        otherBeanMethod.setFactoryBeanName("polyfnProperties");
        otherBeanMethod.setFactoryMethodName("toString");
        beans.registerBeanDefinition("other", otherBeanMethod);

        new LazySpringdoc().postProcessBeanFactory(beans);

        assertThat(beans.getBeanDefinition("springdocProperties").isLazyInit()).isTrue();
        assertThat(beans.getBeanDefinition("springdocConfiguration").isLazyInit()).isTrue();
        assertThat(beans.getBeanDefinition("springdocObjectMapperProvider").isLazyInit()).isTrue();
        assertThat(beans.getBeanDefinition("polyfnProperties").isLazyInit()).isFalse();
        assertThat(beans.getBeanDefinition("other").isLazyInit()).isFalse();
    }
}
