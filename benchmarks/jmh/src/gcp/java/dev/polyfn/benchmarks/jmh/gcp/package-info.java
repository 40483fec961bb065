/** JMH benchmark of Polyfn's Google Cloud Functions HTTP entry point, with an in-memory request and response. */
package dev.polyfn.benchmarks.jmh.gcp;
