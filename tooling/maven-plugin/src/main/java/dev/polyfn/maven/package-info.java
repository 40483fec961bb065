/**
 * polyfn-maven-plugin: {@code polyfn:package} builds every target of a module of plain function beans from the
 * declarations in its {@code application.properties}; {@code polyfn:run} runs the local app. Each target's writer
 * lives in its own package ({@code local}, {@code aws}, {@code gcp}, {@code azure}); jars are assembled by
 * {@code jar}.
 */
package dev.polyfn.maven;
