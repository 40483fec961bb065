/**
 * JMH benchmarks of the per-invocation cost of each Polyfn entry point against a direct call of the same function.
 * Cloud adapters' benchmarks live in {@code src/<cloud>/java} and compile only when that adapter exists.
 */
package dev.polyfn.benchmarks.jmh;
