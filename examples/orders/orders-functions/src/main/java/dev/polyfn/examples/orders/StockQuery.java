package dev.polyfn.examples.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which article to look up: {@code {"sku":"BOOK-1"}}. */
public record StockQuery(@NotBlank @Size(max = 64) String sku) {
}
