package dev.polyfn.core.internal;

import java.math.BigDecimal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * Bounds a {@code BigDecimal} read from JSON by the number of digits it has written out, not only by the length of
 * its literal: {@code 3E33333333} is 10 characters, but adding 1 to it builds a number of 33 million digits (found by
 * fuzzing: a 58-byte body kept a thread busy for 50 s). A value with more digits than
 * {@code polyfn.limits.max-number-length}, before or after the decimal point, is a 400 like any unreadable value.
 */
final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

    private final int maxDigits;

    private BoundedDecimals(int maxDigits) {
        this.maxDigits = maxDigits;
    }

    static SimpleModule module(int maxDigits) {
        return new SimpleModule("polyfn-bounded-decimals").addDeserializer(BigDecimal.class,
                new BoundedDecimals(maxDigits));
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        BigDecimal value = super.deserialize(parser, context);
        if (value != null && digitsWrittenOut(value) > maxDigits) {
            return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value,
                    "has more than " + maxDigits + " digits written out");
        }
        return value;
    }

    /** {@code 12.5} -> 3; {@code 3E+5} -> 6; {@code 1E-7} -> 7. */
    static long digitsWrittenOut(BigDecimal value) {
        long integerDigits = Math.max((long) value.precision() - value.scale(), 0);
        return integerDigits + Math.max(value.scale(), 0);
    }
}
