package dev.polyfn.examples.orders;

import java.math.BigDecimal;

/** The answer to an accepted order: {@code {"orderId":"...","customerId":"c-42","total":26.25,"status":"ACCEPTED"}}. */
public record OrderConfirmation(String orderId, String customerId, BigDecimal total, Status status) {

    public enum Status { ACCEPTED }
}
