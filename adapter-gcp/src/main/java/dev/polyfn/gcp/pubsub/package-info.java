/**
 * Serves {@code google.cloud.pubsub.topic.v1.messagePublished} CloudEvents (Pub/Sub triggers, and Cloud Scheduler
 * jobs that publish to a topic).
 */
package dev.polyfn.gcp.pubsub;
