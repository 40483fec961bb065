package dev.polyfn.maven.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources and parameters a template's events refer to, each declared once however many functions use it: an
 * SQS queue (with its redrive policy to a dead-letter queue), an SNS topic, an S3 bucket (named by a parameter, as
 * bucket names are global), a DynamoDB table's stream ARN (a parameter: it names the stream's creation time). A name
 * that already is an ARN refers to an existing resource, and nothing is declared for it.
 */
final class SamResources {

    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> resources = new LinkedHashMap<>();
    private final Map<String, Object> outputs = new LinkedHashMap<>();

    Map<String, Object> parameters() {
        return parameters;
    }

    Map<String, Object> resources() {
        return resources;
    }

    Map<String, Object> outputs() {
        return outputs;
    }

    /** The queue's ARN, declaring the queue (and its dead-letter queue) unless {@code name} is an ARN. */
    Object queueArn(String name, String deadLetter, int maxAttempts, long visibilitySeconds) {
        if (name.startsWith("arn:")) {
            return name;
        }
        String id = logicalId(name, "Queue");
        Map<String, Object> properties = queue(id, name);
        if (visibilitySeconds > 0) {
            properties.merge("VisibilityTimeout", visibilitySeconds, (a, b) -> Math.max((Long) a, (Long) b));
        }
        if (deadLetter != null) {
            properties.put("RedrivePolicy", map("deadLetterTargetArn", queueArn(deadLetter, null, 0, 0),
                    "maxReceiveCount", maxAttempts));
        }
        outputs.putIfAbsent(id + "Url", map("Description", "URL of the queue " + name, "Value", ref(id)));
        return getAtt(id, "Arn");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> queue(String id, String name) {
        Map<String, Object> resource = (Map<String, Object>) resources.computeIfAbsent(id, k -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("QueueName", name);
            Map<String, Object> queue = new LinkedHashMap<>();
            queue.put("Type", "AWS::SQS::Queue");
            queue.put("Properties", properties);
            return queue;
        });
        return (Map<String, Object>) resource.get("Properties");
    }

    /** A reference to the topic, declaring it unless {@code name} is an ARN. */
    Object topic(String name) {
        if (name.startsWith("arn:")) {
            return name;
        }
        String id = logicalId(name, "Topic");
        resources.putIfAbsent(id, map("Type", "AWS::SNS::Topic", "Properties", map("TopicName", name)));
        return ref(id);
    }

    /** A reference to the bucket, declared in the template (SAM's S3 events need that), named by a parameter. */
    Object bucket(String name) {
        String id = logicalId(name, "Bucket");
        resources.putIfAbsent(id, map("Type", "AWS::S3::Bucket", "Properties", map("BucketName",
                bucketName(name))));
        return ref(id);
    }

    /** The bucket's name: a parameter defaulting to the declared name (bucket names are global: change it there). */
    Object bucketName(String name) {
        String id = logicalId(name, "BucketName");
        parameters.putIfAbsent(id, map("Type", "String", "Default", name, "Description",
                "Name of the S3 bucket declared as '" + name + "' (bucket names are global)"));
        return ref(id);
    }

    Object kinesisStream(String name) {
        return name.startsWith("arn:") ? name
                : sub("arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/" + name);
    }

    /** The ARN of a DynamoDB table's stream: a parameter, as it ends with the stream's creation time. */
    Object tableStream(String table) {
        if (table.startsWith("arn:")) {
            return table;
        }
        String id = logicalId(table, "TableStreamArn");
        parameters.putIfAbsent(id, map("Type", "String", "Description",
                "Stream ARN of the DynamoDB table " + table + " (aws dynamodb describe-table --table-name " + table
                        + " --query Table.LatestStreamArn)"));
        return ref(id);
    }

    /** The Secrets Manager secret with a self-managed Kafka cluster's user name and password. */
    Object kafkaSecret() {
        parameters.putIfAbsent("KafkaSecretArn", map("Type", "String", "Description",
                "ARN of the Secrets Manager secret holding the Kafka cluster's username and password"));
        return ref("KafkaSecretArn");
    }

    /** A map keeping the order of {@code keysAndValues}, so the template reads the same on every build. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String logicalId(String name, String suffix) {
        return pascal(name) + suffix;
    }

    /** {@code payments-dead-letter} -> {@code PaymentsDeadLetter}, {@code createOrder} -> {@code CreateOrder}. */
    static String pascal(String name) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    static Map<String, Object> ref(String id) {
        return map("Ref", id);
    }

    static Map<String, Object> getAtt(String id, String attribute) {
        return map("Fn::GetAtt", List.of(id, attribute));
    }

    static Map<String, Object> sub(String text) {
        return map("Fn::Sub", text);
    }
}
