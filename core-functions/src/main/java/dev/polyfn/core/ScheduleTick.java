package dev.polyfn.core;

import java.time.Instant;

/**
 * A scheduled trigger fired: EventBridge Scheduled Event, Azure timer, or Cloud Scheduler.
 *
 * <p>Example: an EventBridge rule {@code nightly-report} at 02:00 UTC becomes
 * {@code ScheduleTick(2026-11-23T02:00:00Z, "nightly-report")}.
 *
 * @param time         when the schedule fired (the provider's scheduled time when it gives one)
 * @param scheduleName the rule, timer or job name, or null when the source does not say
 */
public record ScheduleTick(Instant time, String scheduleName) {
}
