package dev.polyfn.core.rules;

import java.util.Locale;

import dev.polyfn.core.PortableResponse;
import org.springframework.core.env.PropertyResolver;

/**
 * What a failed event delivery (a queue message, a stream record, a topic message, a storage or scheduled event)
 * answers, on every target: never an acknowledgement. A record that was not processed is always failed, so the
 * platform keeps it: it redelivers it and, after the declared attempts ({@code polyfn.functions.<bean>.queue.max-attempts}
 * and the platform's own retry settings), moves it to its dead letter (SQS redrive queue, Lambda on-failure
 * destination, Pub/Sub dead-letter topic, the Azure {@code -poison} queue, a Knative {@code deadLetterSink}).
 * Core's invocation line logs every failure with its status and request id.
 *
 * <p>{@code polyfn.events.unprocessable} decides only how input that can never succeed (a 4xx problem other than
 * 404, 408, 409 and 429: unreadable, invalid, too large) is failed:
 * <ul>
 * <li>{@code retry} (default): like any failure, as retryable. The same answer on every target, since Lambda, the
 *     Azure host and Pub/Sub have no way to tell a permanent failure from a passing one;</li>
 * <li>{@code reject}: as permanent, where the delivery protocol has a permanent answer: CloudEvents over HTTP
 *     (Knative Eventing, the local app) answers the problem's own 4xx status, which Knative hands to the dead-letter
 *     sink at once, without retrying. On Lambda, Azure and Pub/Sub it fails as retryable all the same; to
 *     dead-letter at once there, declare {@code max-attempts=1}.</li>
 * </ul>
 *
 * <p>Example: with {@code retry}, a payment with amount 0 over CloudEvents HTTP answers 500 (Knative retries, then
 * dead-letters it); with {@code reject} it answers 400. A function that failed unexpectedly (500) is retried either
 * way.
 */
public final class EventFailurePolicy {

    public static final String PROPERTY = "polyfn.events.unprocessable";

    /** How input that can never succeed is failed. */
    public enum Mode { RETRY, REJECT }

    private final Mode mode;

    public EventFailurePolicy(Mode mode) {
        this.mode = mode;
    }

    /** Reads {@value #PROPERTY} ({@code retry} or {@code reject}, any case). @throws IllegalStateException for another value */
    public static EventFailurePolicy from(PropertyResolver settings) {
        String value = settings == null ? null : settings.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new EventFailurePolicy(Mode.RETRY);
        }
        try {
            return new EventFailurePolicy(Mode.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " '" + value + "' is not one of retry, reject.");
        }
    }

    public Mode mode() {
        return mode;
    }

    /** True when the delivery must be failed (the platform keeps the record): every answer but a 2xx. */
    public boolean failsDelivery(PortableResponse answer) {
        return !answer.isSuccess();
    }

    /** True for a status that no redelivery can change: a 4xx other than 404, 408, 409 and 429. */
    public static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 404 && status != 408 && status != 409 && status != 429;
    }

    /** True when a failed delivery is answered as permanent (only with {@code reject}, only for permanent input). */
    public boolean rejects(PortableResponse answer) {
        return failsDelivery(answer) && mode == Mode.REJECT && isPermanent(answer.status());
    }

    /**
     * The HTTP status of a failed event delivered over HTTP (CloudEvents binary or structured mode): the problem's
     * own status when {@link #rejects rejected}, else 500 unless it already is a retryable 404, 408, 409, 429 or 5xx.
     */
    public int deliveryStatus(PortableResponse answer) {
        if (!failsDelivery(answer)) {
            return answer.status();
        }
        int status = answer.status();
        if (rejects(answer)) {
            return status;
        }
        boolean retryable = status >= 500 && status <= 599 || status == 404 || status == 408 || status == 409
                || status == 429;
        return retryable ? status : 500;
    }
}
