/**
 * Azure Functions entry points for Polyfn: the process-wide application ({@link dev.polyfn.azure.PolyfnAzure}),
 * the rule fixing which bean each Azure function runs, and the portable context built from Azure's
 * {@code ExecutionContext}. One package per trigger below: {@code http}, {@code queue}, {@code blob},
 * {@code eventgrid}, {@code timer}; each {@code PolyfnAzure*} class is what an {@code @FunctionName} method calls.
 */
package dev.polyfn.azure;
