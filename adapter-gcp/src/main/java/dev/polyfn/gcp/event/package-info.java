/**
 * Serves {@code CloudEventsFunction} calls: chooses the decoder by CloudEvent type (Pub/Sub, Cloud Storage, any
 * other) and reads the JSON envelopes Google puts in the event data.
 */
package dev.polyfn.gcp.event;
