/**
 * The local web app: Polyfn's own Spring Boot main class, which serves the functions that {@code polyfn.configuration}
 * names (the same rule as the cloud entry points), so a project holds no main class of its own.
 */
package dev.polyfn.local;
