/** JMH benchmark of Polyfn's Azure Functions HTTP trigger, with the worker's types held in memory. */
package dev.polyfn.benchmarks.jmh.azure;
