package dev.polyfn.maven;

import java.io.IOException;

import dev.polyfn.core.declaration.PolyfnDeclarations;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** The declarations of {@code declarations/shop.properties}, which use every trigger. */
public final class Shop {

    private Shop() {
    }

    public static PolyfnDeclarations declarations() {
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources sources) {
            }
        };
        try {
            environment.getPropertySources().addFirst(
                    new ResourcePropertySource(new ClassPathResource("declarations/shop.properties")));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return PolyfnDeclarations.from(environment);
    }
}
