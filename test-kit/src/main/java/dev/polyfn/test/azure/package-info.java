/**
 * The Azure targets of the kit: calls and messages as Microsoft's Java worker binds them
 * (azure-functions-java-worker: header names in lower case, one value per name, query values decoded by the host,
 * a text body as a String) handed to Polyfn's Azure entry points. Not API: use {@link dev.polyfn.test.Target}.
 */
package dev.polyfn.test.azure;
