/** The Google Cloud Functions target: the deployment jar and the gcloud script generated from the declarations. */
package dev.polyfn.maven.gcp;
