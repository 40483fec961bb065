package dev.polyfn.examples.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.polyfn.core.ProblemException;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The orders example's business logic: plain {@code java.util.function} beans, declared once. Every home loads this
 * class: the local web app imports it, and the cloud entry points find it through {@code polyfn.configuration}
 * in this module's application.properties. Which one a deployment runs is set by
 * {@code spring.cloud.function.definition}.
 */
@Configuration(proxyBeanMethods = false)
public class OrdersFunctions {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersFunctions.class);

    @Bean
    public OrderLedger orderLedger() {
        return new OrderLedger();
    }

    /** {@code "hello polyfn"} -> {@code "HELLO POLYFN"}. */
    @Bean
    public Function<String, String> uppercase() {
        return text -> text.toUpperCase(Locale.ROOT);
    }

    /** Prices a validated order and accepts it. */
    @Bean
    public Function<OrderRequest, OrderConfirmation> createOrder(OrderLedger ledger) {
        return order -> {
            BigDecimal total = order.items().stream()
                .map(item -> item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            ledger.record(total);
            String orderId = UUID.randomUUID().toString();
            LOG.info("Order {} accepted: {} items, total {}", orderId, order.items().size(), total);
            return new OrderConfirmation(orderId, order.customerId(), total, OrderConfirmation.Status.ACCEPTED);
        };
    }

    /** Books a payment; validation rejects an amount of zero or less before this runs. */
    @Bean
    public Consumer<Payment> processPayment() {
        return payment -> {
            // a real system would call the payment provider here
        };
    }

    /** Records an uploaded object in the index. */
    @Bean
    public Function<StorageObjectEvent, IndexEntry> indexUpload() {
        return event -> {
            if (event.bucket() == null || event.bucket().isBlank() || event.key() == null || event.key().isBlank()) {
                throw new ProblemException(400, "A storage event needs a bucket and a key.");
            }
            if (event.size() < 0) {
                throw new ProblemException(400, "A storage event's size cannot be negative.");
            }
            return new IndexEntry(event.bucket(), event.key(), event.size(), event.contentType());
        };
    }

    @Bean
    public CarrierRates carrierRates() {
        return new CarrierRates();
    }

    @Bean
    public Warehouse warehouse() {
        return new Warehouse();
    }

    /**
     * Estimates the days a delivery takes; the carrier answers on another thread. Polyfn awaits the future under the
     * invocation's deadline: a carrier that never answers ({@code SLOWPOST}) gets a 504 problem, not a hung call.
     */
    @Bean
    public Function<DeliveryRequest, CompletableFuture<DeliveryEstimate>> estimateDelivery(CarrierRates rates) {
        return request -> rates.daysFor(request.carrier(), request.postcode())
            .thenApply(days -> new DeliveryEstimate(request.orderId(), request.carrier(), days));
    }

    /** Looks up the stock of an article, reactively; an article no longer sold answers 404. */
    @Bean
    public Function<Mono<StockQuery>, Mono<StockLevel>> checkStock(Warehouse warehouse) {
        return queries -> queries.flatMap(query -> warehouse.available(query.sku())
            .map(available -> new StockLevel(query.sku(), available))
            .switchIfEmpty(Mono.error(() -> new ProblemException(404, "Article " + query.sku()
                    + " is not sold any more."))));
    }

    /** Summarises the orders accepted since the last run. */
    @Bean
    public Function<ScheduleTick, NightlyReport> nightlyReport(OrderLedger ledger) {
        return tick -> {
            OrderLedger.Totals totals = ledger.drain();
            return new NightlyReport(tick.scheduleName(), tick.time() == null ? Instant.now() : tick.time(),
                    totals.orders(), totals.revenue());
        };
    }
}
