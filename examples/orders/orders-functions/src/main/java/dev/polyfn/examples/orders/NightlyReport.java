package dev.polyfn.examples.orders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The nightly report: orders and revenue accepted since the previous report.
 * {@code {"schedule":"nightly-report","firedAt":"2026-11-23T02:00:00Z","orders":3,"revenue":52.50}}
 */
public record NightlyReport(String schedule, Instant firedAt, long orders, BigDecimal revenue) {
}
