/**
 * Not API: the per-process runtime of the GCP entry points and the invocation context read from Google's request
 * headers and CloudEvent attributes.
 */
package dev.polyfn.gcp.internal;
