/**
 * Polyfn's implementation: not API, may change in any release. Each class makes one decision for every adapter:
 * reading input ({@link dev.polyfn.core.internal.InputReader}), writing output
 * ({@link dev.polyfn.core.internal.OutputWriter}), error answers ({@link dev.polyfn.core.internal.Problems}),
 * header policy ({@link dev.polyfn.core.internal.HeaderPolicy}), logging
 * ({@link dev.polyfn.core.internal.InvocationLog}) and function resolution
 * ({@link dev.polyfn.core.internal.FunctionResolver}).
 */
package dev.polyfn.core.internal;
