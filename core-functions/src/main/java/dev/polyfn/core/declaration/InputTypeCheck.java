package dev.polyfn.core.declaration;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PubSubMessage;
import dev.polyfn.core.QueueMessage;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import org.springframework.core.ResolvableType;

/**
 * Whether a function's input type can take what a trigger hands it (see {@code InputReader}): a trigger's own
 * portable event, or its message converted. Returns the reason it cannot, or null.
 * <ul>
 * <li>a portable event type is only ever made by its own trigger (HTTP bodies aside, which bind to anything);</li>
 * <li>storage and schedule events carry no payload of the sender's: text and bytes inputs get nothing to read;</li>
 * <li>a {@code Supplier} takes no input: on a queue, topic, bucket or stream each event would be dropped unread.</li>
 * </ul>
 */
final class InputTypeCheck {

    private static final Set<Class<?>> PORTABLE_EVENTS = Set.of(QueueMessage.class, PubSubMessage.class,
            StorageObjectEvent.class, ScheduleTick.class);

    private InputTypeCheck() {
    }

    static String problem(TriggerKind kind, Type inputType) {
        if (kind == TriggerKind.HTTP) {
            return null;
        }
        if (inputType == null) {
            return kind == TriggerKind.SCHEDULE ? null
                    : "is a Supplier (it takes no input), so each " + kind.key() + " event would be dropped unread";
        }
        Class<?> input = ResolvableType.forType(inputType).toClass();
        if (input == PortableRequest.class || input == Object.class) {
            return null;
        }
        if (PORTABLE_EVENTS.contains(input) && input != kind.event()) {
            return "takes " + input.getSimpleName() + ", which a " + kind.key() + " trigger never delivers ("
                    + delivers(kind) + ")";
        }
        if (!kind.carriesPayload() && List.of(String.class, byte[].class).contains(input)) {
            return "takes " + input.getSimpleName() + ", but a " + kind.key() + " trigger delivers no message to read ("
                    + delivers(kind) + ")";
        }
        return null;
    }

    private static String delivers(TriggerKind kind) {
        String own = kind.event() == null ? "" : kind.event().getSimpleName() + ", or ";
        return kind.carriesPayload() ? "it delivers " + own + "the message converted to your type"
                : "it delivers " + own + "its fields bound to a type of yours";
    }
}
