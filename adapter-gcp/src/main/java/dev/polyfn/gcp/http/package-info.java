/**
 * Serves {@code HttpFunction} calls: the functions framework's {@code HttpRequest} becomes a portable request, and
 * core's answer is written back as status, Content-Type, headers and body.
 */
package dev.polyfn.gcp.http;
