package dev.polyfn.examples.orders;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A payment for an order: {@code {"paymentId":"p-1","orderId":"o-1","amount":10.00}}; the amount must be positive. */
public record Payment(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotNull @Positive @Digits(integer = 9, fraction = 2) BigDecimal amount) {
}
