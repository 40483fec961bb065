/**
 * The local targets of the kit: Polyfn's local app (Spring Boot, Tomcat) reached over real HTTP on loopback, for
 * plain HTTP calls and for events sent as CloudEvents in binary mode (as Knative Eventing and Cloud Run deliver
 * them). Not API: use {@link dev.polyfn.test.Target}.
 */
package dev.polyfn.test.local;
