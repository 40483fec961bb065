package dev.polyfn.examples.orders;

/** How many days a delivery takes: {@code {"orderId":"o-1","carrier":"DHL","days":2}} (1 to 10). */
public record DeliveryEstimate(String orderId, String carrier, int days) {
}
