package dev.polyfn.core.internal;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;

/**
 * Spring's shared {@link DefaultConversionService}, created on its first use. Spring Cloud Function's catalog only
 * converts through it when it runs a function itself (compositions, reactive or {@code Message} signatures); a
 * plain function bean, which core calls directly, never needs it, so its ~60 converter classes stay unloaded on a
 * cold start. Example: {@code convert("42", Integer.class)} -> {@code 42}, exactly as the shared instance answers.
 */
public final class LazyConversionService implements ConversionService {

    private static ConversionService shared() {
        return DefaultConversionService.getSharedInstance();
    }

    @Override
    public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
        return shared().canConvert(sourceType, targetType);
    }

    @Override
    public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return shared().canConvert(sourceType, targetType);
    }

    @Override
    public <T> T convert(Object source, Class<T> targetType) {
        return shared().convert(source, targetType);
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return shared().convert(source, sourceType, targetType);
    }
}
