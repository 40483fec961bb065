/**
 * Google Cloud Functions entry points: {@link dev.polyfn.gcp.PolyfnHttpFunction} ({@code HttpFunction}) and
 * {@link dev.polyfn.gcp.PolyfnCloudEventFunction} ({@code CloudEventsFunction}), both running the one function this
 * deployment fixes with {@code SPRING_CLOUD_FUNCTION_DEFINITION}. They translate envelopes only; every decision
 * (status, limits, validation, header policy) is made by core's {@link dev.polyfn.core.PolyfnInvoker}.
 */
package dev.polyfn.gcp;
