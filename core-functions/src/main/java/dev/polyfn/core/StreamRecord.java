package dev.polyfn.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * One record read from an ordered stream partition: a Kinesis shard, a Kafka topic-partition (Amazon MSK or
 * self-managed), an Azure Event Hubs partition.
 *
 * <p>Example: the Kinesis record with partition key {@code o-1}, sequence number
 * {@code 49590338271490256608559692538361571095921575989136588898} and base64 data
 * {@code eyJwYXltZW50SWQiOiJwLTEiLCJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMC4wMH0=} becomes
 * {@code StreamRecord("aws:kinesis", "arn:aws:kinesis:...:stream/payments", "shardId-000000000006", "o-1",
 * "4959...8898", null, <the decoded bytes {"paymentId":"p-1","orderId":"o-1","amount":10.00}>, <arrival>, {})}.
 * A function taking {@code StreamRecord} receives it as it is; a function taking its own type (e.g. a
 * {@code Payment}) receives {@link #data()} read as JSON, as an HTTP body would be. A failing record is reported by
 * {@link #sequenceNumber()}, and the records after it in the batch are not run (the platform retries from it).
 *
 * @param source         the event source: {@code aws:kinesis}, {@code aws:kafka}, {@code SelfManagedKafka},
 *                       {@code azure:eventhubs}
 * @param stream         the stream ARN, Kafka topic, or event hub name
 * @param partition      the shard id, Kafka partition number, or Event Hubs partition id; null when not known
 * @param partitionKey   the key that chose the partition: Kinesis partition key, Kafka record key (its UTF-8
 *                       text, or its base64 when it is not text), Event Hubs partition key; null when none
 * @param sequenceNumber the record's position in its partition: Kinesis sequence number, Kafka offset (decimal),
 *                       Event Hubs sequence number
 * @param offset         a second position where the platform has one (Event Hubs offset), else null
 * @param data           the payload bytes, decoded from the envelope's base64 where the platform sends base64
 * @param arrivalTime    when the platform accepted the record (Kinesis approximate arrival, Kafka timestamp, Event
 *                       Hubs enqueued time), or null
 * @param attributes     the record's headers or properties as text (Kafka headers: UTF-8 text, or base64 when
 *                       not text; Event Hubs application properties)
 */
public record StreamRecord(String source, String stream, String partition, String partitionKey,
        String sequenceNumber, String offset, byte[] data, Instant arrivalTime, Map<String, String> attributes) {

    public StreamRecord {
        data = data == null ? new byte[0] : data;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
