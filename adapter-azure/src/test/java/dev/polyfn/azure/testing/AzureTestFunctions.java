package dev.polyfn.azure.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.PubSubMessage;
import dev.polyfn.core.QueueMessage;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Functions that echo what the Azure adapter delivered, beside core's scenario functions: exact bytes, the portable
 * events themselves, and the invocation context. Listed after {@code TestkitFunctions} in {@code polyfn.configuration}.
 */
@Configuration(proxyBeanMethods = false)
public class AzureTestFunctions {

    public static final String CONFIGURATION = "dev.polyfn.core.testkit.TestkitFunctions,"
            + AzureTestFunctions.class.getName();

    @Bean
    public Function<byte[], byte[]> echoBytes() {
        return bytes -> bytes;
    }

    /** The request as core hands it to a function: method, path, query and the headers that passed the allow-list. */
    @Bean
    public Function<PortableRequest, Map<String, Object>> requestEcho() {
        return request -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("method", request.method());
            out.put("path", request.path());
            out.put("query", request.query());
            out.put("headers", request.headers());
            out.put("body", request.bodyAsString());
            return out;
        };
    }

    /** Chooses its status and headers, including an internal one that must not leave. */
    @Bean
    public Function<String, PortableResponse> created() {
        return text -> new PortableResponse(201, PortableResponse.JSON, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Location", "/orders/o-1", "id", "internal-message-id"));
    }

    @Bean
    public Function<QueueMessage, String> queueEcho() {
        return message -> message.id() + ":" + message.bodyAsString();
    }

    /** The message id, then its attributes in name order: {@code m-1 DeliveryCount=2 tenant=t-1}. */
    @Bean
    public Function<QueueMessage, String> queueAttributes() {
        return message -> message.id() + " " + String.join(" ", new java.util.TreeMap<>(message.attributes()).entrySet()
            .stream().map(a -> a.getKey() + "=" + a.getValue()).toList());
    }

    @Bean
    public Function<PubSubMessage, Map<String, Object>> topicEcho() {
        return message -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", message.id());
            out.put("data", message.dataAsString());
            out.put("attributes", message.attributes());
            out.put("topic", message.topic());
            return out;
        };
    }

    @Bean
    public Function<StorageObjectEvent, StorageObjectEvent> storageEcho() {
        return event -> event;
    }

    @Bean
    public Function<ScheduleTick, String> tickFails() {
        return tick -> {
            throw new IllegalStateException("report store unavailable");
        };
    }

    @Bean
    public Function<ScheduleTick, Map<String, Object>> tickEcho() {
        return tick -> {
            InvocationContext context = InvocationContext.current().orElseThrow();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("time", tick.time().toString());
            out.put("scheduleName", tick.scheduleName());
            out.put("provider", context.provider());
            out.put("requestId", context.requestId());
            out.put("attributes", context.attributes());
            return out;
        };
    }
}
