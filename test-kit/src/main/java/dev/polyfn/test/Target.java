package dev.polyfn.test;

import java.util.EnumSet;
import java.util.Set;

import dev.polyfn.test.EventCall.Kind;
import dev.polyfn.test.aws.AwsEventCarrier;
import dev.polyfn.test.aws.AwsHttpCarrier;
import dev.polyfn.test.azure.AzureEventCarrier;
import dev.polyfn.test.azure.AzureHttpCarrier;
import dev.polyfn.test.gcp.GcpEventCarrier;
import dev.polyfn.test.gcp.GcpHttpCarrier;
import dev.polyfn.test.local.LocalAppCarrier;
import dev.polyfn.test.local.LocalCloudEventCarrier;

/** Every place a Polyfn function runs, as the kit reaches it: each through the code that target really runs. */
public enum Target {
    LOCAL_APP("local app", "POST /{function} over real HTTP (Tomcat)", null, new LocalAppCarrier()),
    AWS_API_GATEWAY_V1("API Gateway REST", "PolyfnHandler, payload 1.0", null, new AwsHttpCarrier(AwsHttpCarrier.Shape.V1)),
    AWS_HTTP_API("API Gateway HTTP API", "PolyfnHandler, payload 2.0", null, new AwsHttpCarrier(AwsHttpCarrier.Shape.V2)),
    AWS_FUNCTION_URL("Lambda Function URL", "PolyfnHandler, payload 2.0 of a URL", null,
            new AwsHttpCarrier(AwsHttpCarrier.Shape.FUNCTION_URL)),
    AWS_ALB("ALB", "PolyfnHandler, ALB target group event", null, new AwsHttpCarrier(AwsHttpCarrier.Shape.ALB)),
    GCP_HTTP("Cloud Functions HTTP", "PolyfnHttpFunction", null, new GcpHttpCarrier()),
    AZURE_HTTP("Azure HTTP trigger", "PolyfnAzureHttp, HttpRequestMessage<Optional<String>> as the worker binds it",
            null, new AzureHttpCarrier()),
    AWS_SQS("SQS", "PolyfnHandler, SQS batch of one (batchItemFailures)", EnumSet.of(Kind.MESSAGE),
            new AwsEventCarrier(Kind.MESSAGE)),
    AWS_SNS("SNS", "PolyfnHandler, SNS notification", EnumSet.of(Kind.NOTIFICATION), new AwsEventCarrier(Kind.NOTIFICATION)),
    AWS_S3("S3", "PolyfnHandler, S3 notification", EnumSet.of(Kind.OBJECT), new AwsEventCarrier(Kind.OBJECT)),
    AWS_KINESIS("Kinesis", "PolyfnHandler, Kinesis batch of one", EnumSet.of(Kind.STREAM_RECORD),
            new AwsEventCarrier(Kind.STREAM_RECORD)),
    GCP_PUBSUB("Pub/Sub", "PolyfnCloudEventFunction, messagePublished CloudEvent",
            EnumSet.of(Kind.MESSAGE, Kind.NOTIFICATION), new GcpEventCarrier()),
    GCP_STORAGE("Cloud Storage", "PolyfnCloudEventFunction, object.v1.finalized CloudEvent", EnumSet.of(Kind.OBJECT),
            new GcpEventCarrier()),
    AZURE_QUEUE("Azure Queue Storage", "PolyfnAzureQueue, the message as the worker binds it", EnumSet.of(Kind.MESSAGE),
            new AzureEventCarrier()),
    AZURE_BLOB("Azure Blob Storage", "PolyfnAzureBlob, the blob as the worker binds it", EnumSet.of(Kind.OBJECT),
            new AzureEventCarrier()),
    LOCAL_CLOUDEVENTS("CloudEvents over HTTP", "local app, binary mode over real HTTP (Knative, Cloud Run)",
            EnumSet.of(Kind.MESSAGE, Kind.NOTIFICATION), new LocalCloudEventCarrier());

    private final String title;
    private final String how;
    private final Set<Kind> events;
    private final Carrier carrier;

    Target(String title, String how, Set<Kind> events, Carrier carrier) {
        this.title = title;
        this.how = how;
        this.events = events;
        this.carrier = carrier;
    }

    /** A short name for reports, e.g. {@code API Gateway REST}. */
    public String title() {
        return title;
    }

    /** Which entry point and envelope the kit runs, e.g. {@code PolyfnHandler, payload 1.0}. */
    public String how() {
        return how;
    }

    public boolean carriesHttp() {
        return events == null;
    }

    public boolean carries(Kind kind) {
        return events != null && events.contains(kind);
    }

    Carrier carrier() {
        return carrier;
    }
}
