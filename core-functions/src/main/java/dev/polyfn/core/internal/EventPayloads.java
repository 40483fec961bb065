package dev.polyfn.core.internal;

import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.PubSubMessage;
import dev.polyfn.core.QueueMessage;
import dev.polyfn.core.StreamRecord;

/**
 * Which portable events carry the function's own input in the request body (messages, stream records, change
 * events: the body is their payload, never the envelope), as opposed to events whose own fields are the input
 * (storage events, schedule ticks).
 *
 * <p>Example: a {@link StreamRecord} with empty data offered to a {@code Payment} function is rejected with a 400
 * saying the record has no payload; it is never bound field by field into the {@code Payment}.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    static boolean inBody(Object event) {
        return event instanceof PubSubMessage || event instanceof QueueMessage || event instanceof StreamRecord
                || event instanceof ChangeEvent;
    }

    /** The 400 for a request whose body is empty, naming the record when an event carried it. */
    static InvalidInputException empty(Object event) {
        if (event instanceof ChangeEvent change) {
            return new InvalidInputException(400, "The " + change.source() + " change (" + change.kind()
                    + ") has no new image to read the input from: declare the function's input as a change event to receive it.");
        }
        if (event instanceof StreamRecord record) {
            return new InvalidInputException(400, "The " + record.source() + " record "
                    + record.sequenceNumber() + " has no data: send a JSON document.");
        }
        return new InvalidInputException(400, "Request body is required: send a JSON document.");
    }
}
