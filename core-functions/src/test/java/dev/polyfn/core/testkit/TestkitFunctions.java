package dev.polyfn.core.testkit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StreamRecord;
import dev.polyfn.core.StorageObjectEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The functions the scenarios call: stand-ins with the contract's shapes (text, a validated order, a payment
 * consumer, failures, portable events). Start a runtime with {@code polyfn.configuration} set to this class.
 */
@Configuration(proxyBeanMethods = false)
public class TestkitFunctions {

    public record Item(@NotBlank String sku, @Min(1) @Max(1_000_000) int quantity,
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 4) BigDecimal unitPrice) {
    }

    public record Order(@NotBlank String customerId, @NotEmpty List<@NotNull @Valid Item> items) {
    }

    public record Confirmation(String orderId, String customerId, BigDecimal total, String status) {
    }

    public record Payment(@NotBlank String paymentId, String orderId, @NotNull BigDecimal amount) {
    }

    public record Delivery(String orderId, @NotBlank String postcode, @NotBlank String carrier) {
    }

    public record Estimate(String orderId, String carrier, int days) {
    }

    public record StockQuery(@NotBlank String sku) {
    }

    public record StockLevel(String sku, int available) {
    }

    public record Amount(@NotNull BigDecimal value) {
    }

    /** Completes on another thread; carrier {@code SLOWPOST} never completes (the deadline answers 504). */
    @Bean
    public Function<Delivery, CompletableFuture<Estimate>> estimate() {
        return delivery -> "SLOWPOST".equals(delivery.carrier()) ? new CompletableFuture<>()
                : CompletableFuture.supplyAsync(() -> new Estimate(delivery.orderId(), delivery.carrier(),
                        1 + Math.floorMod(delivery.postcode().hashCode(), 10)));
    }

    /** A reactive function: sku {@code GONE} fails the Mono with a 404 problem. */
    @Bean
    public Function<Mono<StockQuery>, Mono<StockLevel>> stock() {
        return queries -> queries.flatMap(q -> "GONE".equals(q.sku())
                ? Mono.error(new ProblemException(404, "SKU " + q.sku() + " is not sold any more."))
                : Mono.just(new StockLevel(q.sku(), q.sku().length() * 7)));
    }

    /** A Flux result: one element per letter, answered as a JSON array. */
    @Bean
    public Function<String, Flux<String>> letters() {
        return text -> Flux.fromArray(text.split("")).map(s -> s.toUpperCase(java.util.Locale.ROOT));
    }

    /** A Flux input: the elements of a JSON array body, each validated. */
    @Bean
    public Function<Flux<Amount>, Mono<Amount>> total() {
        return amounts -> amounts.map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add).map(Amount::new);
    }

    /** Message in and out: the allow-listed x-correlation-id header comes back as a response header. */
    @Bean
    public Function<Message<String>, Message<String>> correlate() {
        return message -> MessageBuilder.withPayload(message.getPayload().toUpperCase(java.util.Locale.ROOT))
            .setHeader("x-correlation-id", String.valueOf(message.getHeaders().get("x-correlation-id")))
            .build();
    }

    /** A supplier of a Mono. */
    @Bean
    public Supplier<Mono<String>> greeting() {
        return () -> Mono.just("hello");
    }

    /** createOrder again, declared {@code http.methods=PUT} ({@link Scenarios#DECLARATIONS}). */
    @Bean
    public Function<Order, Confirmation> replaceOrder() {
        return createOrder();
    }

    /** A supplier declared {@code http.methods=GET}: a read without a body. */
    @Bean
    public Supplier<String> status() {
        return () -> "OK";
    }

    @Bean
    public Function<String, String> uppercase() {
        return s -> s.toUpperCase(java.util.Locale.ROOT);
    }

    @Bean
    public Function<Order, Confirmation> createOrder() {
        return order -> new Confirmation(UUID.randomUUID().toString(), order.customerId(),
                order.items().stream()
                    .map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add),
                "ACCEPTED");
    }

    @Bean
    public Consumer<Payment> processPayment() {
        return payment -> {
            if (payment.amount().signum() <= 0) {
                throw new ProblemException(400, "Payment amount must be greater than 0.");
            }
        };
    }

    /** Fails the way real code fails: the message holds things a caller must never see. */
    @Bean
    public Function<String, String> explode() {
        return s -> {
            throw new IllegalStateException("db password=hunter2 at /opt/app/Secret.java:42");
        };
    }

    @Bean
    public Function<String, String> conflict() {
        return s -> {
            throw new ProblemException(409, "Order o-1 was already paid.");
        };
    }

    @Bean
    public Function<StorageObjectEvent, Map<String, Object>> indexObject() {
        return event -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("bucket", event.bucket());
            entry.put("key", event.key());
            entry.put("size", event.size());
            entry.put("contentType", event.contentType());
            return entry;
        };
    }

    @Bean
    public Function<ScheduleTick, String> tick() {
        return tick -> "tick " + tick.scheduleName();
    }

    /** Echoes a stream record's portable fields (the data as text). */
    @Bean
    public Function<StreamRecord, Map<String, Object>> streamRecord() {
        return record -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", record.source());
            out.put("stream", record.stream());
            out.put("partition", record.partition());
            out.put("partitionKey", record.partitionKey());
            out.put("sequenceNumber", record.sequenceNumber());
            out.put("data", record.dataAsString());
            out.put("arrivalTime", String.valueOf(record.arrivalTime()));
            out.put("attributes", record.attributes());
            return out;
        };
    }

    /** Echoes a change event's portable fields. */
    @Bean
    public Function<ChangeEvent, Map<String, Object>> change() {
        return change -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", change.source());
            out.put("resource", change.resource());
            out.put("kind", String.valueOf(change.kind()));
            out.put("keys", change.keys());
            out.put("newImage", change.newImage());
            out.put("oldImage", change.oldImage());
            out.put("sequenceNumber", change.sequenceNumber());
            out.put("time", String.valueOf(change.time()));
            return out;
        };
    }

    /** Echoes what the platform said about the invocation, to prove the context reaches the function. */
    @Bean
    public Function<String, Map<String, Object>> whoami() {
        return s -> {
            InvocationContext context = InvocationContext.current().orElseThrow();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("requestId", context.requestId());
            out.put("provider", context.provider());
            out.put("traceId", context.traceId());
            out.put("hasDeadline", context.deadline() != null);
            out.put("attributes", context.attributes());
            return out;
        };
    }
}
