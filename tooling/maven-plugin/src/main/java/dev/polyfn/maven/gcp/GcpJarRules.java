package dev.polyfn.maven.gcp;

import java.util.List;

import dev.polyfn.maven.jar.EntryRule;

/**
 * What the Cloud Functions jar keeps of Google's CloudEvent data types (12.8 MB, every Google event): only
 * Firestore's, which polyfn-adapter-gcp decodes, and of common-protos only the LatLng they refer to. The
 * end-to-end tests (examples/orders/orders-gcp, Firestore included) run the jar built with these rules.
 */
public final class GcpJarRules {

    private GcpJarRules() {
    }

    public static List<EntryRule> rules() {
        return List.of(
                EntryRule.including("com.google.cloud:google-cloudevent-types", "com/google/events/cloud/firestore/v1/**"),
                EntryRule.including("com.google.api.grpc:proto-google-common-protos", "com/google/type/LatLng*"));
    }
}
