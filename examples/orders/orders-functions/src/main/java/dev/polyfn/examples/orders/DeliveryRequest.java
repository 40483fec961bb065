package dev.polyfn.examples.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where an order goes and with whom: {@code {"orderId":"o-1","postcode":"10115","carrier":"DHL"}}. */
public record DeliveryRequest(
        @Size(max = 100) String orderId,
        @NotBlank @Size(max = 20) String postcode,
        @NotBlank @Size(max = 40) String carrier) {
}
