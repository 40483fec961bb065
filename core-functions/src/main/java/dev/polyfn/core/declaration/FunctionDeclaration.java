package dev.polyfn.core.declaration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.core.env.PropertyResolver;

/**
 * Where one function bean is exposed ({@code polyfn.functions.<bean>.*}): its triggers, the clouds it is deployed
 * to, and per-cloud overrides. For example {@code polyfn.functions.processPayment.queue.name=payments} plus
 * {@code polyfn.functions.processPayment.http.path=/processPayment}.
 *
 * @param http      http.*: HTTP requests
 * @param queue     queue.*: the messages of a queue
 * @param topic     topic.*: the messages published to a topic
 * @param storage   storage.*: objects created in a bucket
 * @param schedule  schedule.*: a cron schedule
 * @param kinesis   kinesis.*: a Kinesis data stream (AWS)
 * @param dynamodb  dynamodb.*: a DynamoDB table's stream (AWS)
 * @param kafka     kafka.*: a Kafka topic (AWS: MSK or self-managed)
 * @param eventhub  eventhub.*: an Event Hub (Azure)
 * @param cosmosdb  cosmosdb.*: a Cosmos DB container's change feed (Azure)
 * @param firestore firestore.*: Firestore document events (Google Cloud)
 * @param clouds    the clouds it is deployed to, e.g. aws,gcp (default: every cloud)
 * @param aws       AWS Lambda settings of this function, over polyfn.aws.*
 * @param gcp       Google Cloud Functions settings of this function, over polyfn.gcp.*
 */
public record FunctionDeclaration(HttpDeclaration http, QueueDeclaration queue, TopicDeclaration topic,
        StorageDeclaration storage, ScheduleDeclaration schedule, KinesisDeclaration kinesis,
        DynamoDbDeclaration dynamodb, KafkaDeclaration kafka, EventHubDeclaration eventhub,
        CosmosDbDeclaration cosmosdb, FirestoreDeclaration firestore, List<Cloud> clouds, AwsSettings aws,
        GcpSettings gcp) {

    /** Its triggers, in {@link TriggerKind} order. */
    public List<TriggerDeclaration> triggers() {
        return Stream.of(http, queue, topic, storage, schedule, kinesis, dynamodb, kafka, eventhub, cosmosdb, firestore)
            .filter(t -> t != null).map(TriggerDeclaration.class::cast).toList();
    }

    /** The clouds it is deployed to: those declared, or every cloud. */
    public Set<Cloud> cloudsOrAll() {
        return clouds == null || clouds.isEmpty() ? EnumSet.allOf(Cloud.class) : EnumSet.copyOf(clouds);
    }

    /** The triggers it has on {@code cloud}: none when it is not deployed there, else those the cloud offers. */
    public List<TriggerDeclaration> triggersOn(Cloud cloud) {
        return cloudsOrAll().contains(cloud)
                ? triggers().stream().filter(t -> t.kind().clouds().contains(cloud)).toList() : List.of();
    }

    /**
     * The declaration of {@code bean} in {@code resolver} (system properties, environment variables such as
     * {@code POLYFN_FUNCTIONS_CREATEORDER_HTTP_PATH}, application.properties), or null when it declares no
     * trigger. Reads only this bean's keys: cheap enough for a cold start.
     */
    public static FunctionDeclaration of(String bean, PropertyResolver resolver) {
        DeclarationReader settings = new DeclarationReader(resolver, PolyfnDeclarations.FUNCTIONS_PREFIX + bean + ".");
        FunctionDeclaration declaration = new FunctionDeclaration(HttpDeclaration.read(settings.at("http")),
                QueueDeclaration.read(settings.at("queue")), TopicDeclaration.read(settings.at("topic")),
                StorageDeclaration.read(settings.at("storage")), ScheduleDeclaration.read(settings.at("schedule")),
                KinesisDeclaration.read(settings.at("kinesis")), DynamoDbDeclaration.read(settings.at("dynamodb")),
                KafkaDeclaration.read(settings.at("kafka")), EventHubDeclaration.read(settings.at("eventhub")),
                CosmosDbDeclaration.read(settings.at("cosmosdb")), FirestoreDeclaration.read(settings.at("firestore")),
                clouds(settings), AwsSettings.read(settings.at("aws")), GcpSettings.read(settings.at("gcp")));
        return declaration.triggers().isEmpty() ? null : declaration;
    }

    private static List<Cloud> clouds(DeclarationReader settings) {
        List<String> names = settings.list("clouds");
        return names == null ? null : names.stream().map(Cloud::of).toList();
    }
}
