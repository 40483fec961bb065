/** JMH benchmark of Polyfn's AWS Lambda entry point (API Gateway REST v1 events). */
package dev.polyfn.benchmarks.jmh.aws;
