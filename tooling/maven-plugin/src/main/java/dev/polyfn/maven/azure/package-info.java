/**
 * The Azure Functions target: the staging folder of a function app whose every function.json names one of
 * polyfn-adapter-azure's generic entry points, laid out as docs/azure.md ("Function apps without Azure classes")
 * says the Java worker needs it.
 */
package dev.polyfn.maven.azure;
