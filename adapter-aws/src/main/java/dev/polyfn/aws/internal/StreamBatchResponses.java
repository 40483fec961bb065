package dev.polyfn.aws.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;

/**
 * The answer to a Kinesis or DynamoDB Streams batch with {@code ReportBatchItemFailures}: the sequence number of
 * the first failed record, from which Lambda retries the shard (AWS Lambda developer guide, "Configuring partial
 * batch response with Kinesis Data Streams and Lambda").
 *
 * <p>Example: {@code Optional.of("4954...")} -> {@code {"batchItemFailures":[{"itemIdentifier":"4954..."}]}};
 * empty -> {@code {"batchItemFailures":[]}}.
 */
public final class StreamBatchResponses {

    private StreamBatchResponses() {
    }

    public static StreamsEventResponse of(Optional<String> firstFailed) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        firstFailed.ifPresent(id -> failures.add(new StreamsEventResponse.BatchItemFailure(id)));
        return new StreamsEventResponse(failures);
    }
}
