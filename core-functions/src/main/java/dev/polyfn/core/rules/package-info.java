/**
 * The rules every target applies the same way, decided once here and only called by the adapters and the local
 * web app: which HTTP methods a function accepts ({@link dev.polyfn.core.rules.HttpMethodRule}), how a query
 * string is decoded ({@link dev.polyfn.core.rules.QueryStrings}), the limits of a provider's JSON envelope
 * ({@link dev.polyfn.core.rules.EnvelopeLimits}), the limits a server in front of Polyfn must stay above
 * ({@link dev.polyfn.core.rules.ServerHeaderLimits}), and what a failed event delivery answers
 * ({@link dev.polyfn.core.rules.EventFailurePolicy}). Trace headers and ids follow
 * {@link dev.polyfn.core.TraceContext} and {@link dev.polyfn.core.InvocationContext}. docs/conformance.md shows
 * the answers they give on every target.
 */
package dev.polyfn.core.rules;
