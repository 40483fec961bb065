package dev.polyfn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;

/** The lazy service answers exactly as Spring's shared conversion service. */
class LazyConversionServiceTest {

    private final LazyConversionService conversions = new LazyConversionService();

    @Test
    void convertsLikeTheSharedService() {
        assertThat(conversions.canConvert(String.class, Integer.class)).isTrue();
        assertThat(conversions.convert("42", Integer.class)).isEqualTo(42);
        assertThat(conversions.convert("a,b", TypeDescriptor.valueOf(String.class),
                TypeDescriptor.collection(List.class, TypeDescriptor.valueOf(String.class))))
            .isEqualTo(List.of("a", "b"));
        assertThat(conversions.canConvert(TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(Thread.class)))
            .isFalse();
    }
}
