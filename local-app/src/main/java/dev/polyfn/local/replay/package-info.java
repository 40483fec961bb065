/**
 * Local event replay and CloudEvents over HTTP: a provider's event, sent to the local app as the provider would
 * deliver it, runs through that provider's adapter code on the app's own beans and gives the provider's answer
 * ({@code /events/aws/{function}}, {@code /events/gcp/{function}}, {@code /events/azure/{function}/{trigger}}), and
 * {@code POST /{function}} (or {@code POST /} for the deployed function) takes CloudEvents in binary and structured
 * mode, as Knative Eventing and Cloud Run deliver them. See docs/local-replay.md and docs/knative.md.
 */
package dev.polyfn.local.replay;
