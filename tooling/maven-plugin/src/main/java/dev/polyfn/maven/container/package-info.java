/**
 * The container fast path ({@code polyfn.container=true}): an image layout per cloud target (Dockerfile, the jar on
 * the JVM class path, the platform's own runtime jars, a scripted training run of a JDK 25 AOT cache) for Lambda
 * container images, Cloud Run and Knative.
 */
package dev.polyfn.maven.container;
