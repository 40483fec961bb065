/**
 * Amazon SNS subscriptions: each record becomes a {@link dev.polyfn.core.PubSubMessage}.
 */
package dev.polyfn.aws.sns;
