package dev.polyfn.examples.orders;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** One line of an order: {@code {"sku":"BOOK-1","quantity":2,"unitPrice":12.50}}. */
public record OrderItem(
        @NotBlank String sku,
        @Min(1) @Max(10_000) int quantity,
        @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) BigDecimal unitPrice) {
}
