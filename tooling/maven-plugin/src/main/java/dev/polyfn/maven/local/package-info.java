/** The local target: the Spring Boot executable jar of the web app, with Polyfn's own main class. */
package dev.polyfn.maven.local;
