/**
 * Amazon EventBridge: scheduled rules become a {@link dev.polyfn.core.ScheduleTick}; any other event hands its
 * {@code detail} to the function as its input.
 */
package dev.polyfn.aws.eventbridge;
