package dev.polyfn.examples.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An order to place: {@code {"customerId":"c-42","items":[...]}}. */
public record OrderRequest(
        @NotBlank @Size(max = 100) String customerId,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid OrderItem> items) {
}
