/** A plain {@code HttpFunction} without Polyfn, used only to measure what Polyfn adds to the first response. */
package dev.polyfn.examples.orders.gcp.baseline;
