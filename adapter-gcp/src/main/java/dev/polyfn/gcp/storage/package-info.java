/** Serves {@code google.cloud.storage.object.v1.*} CloudEvents (Cloud Storage triggers). */
package dev.polyfn.gcp.storage;
