package dev.polyfn.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.polyfn.core.ProblemException;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The business logic as plain Java: no Spring, no cloud. */
class OrdersFunctionsTest {

    private final OrdersFunctions functions = new OrdersFunctions();
    private final OrderLedger ledger = new OrderLedger();

    @Test
    void uppercase() {
        assertThat(functions.uppercase().apply("hello polyfn")).isEqualTo("HELLO POLYFN");
    }

    @Test
    void createOrderPricesTheItemsAndRecordsTheOrder() {
        OrderConfirmation confirmation = functions.createOrder(ledger).apply(new OrderRequest("c-42", List.of(
                new OrderItem("BOOK-1", 2, new BigDecimal("12.50")), new OrderItem("PEN-7", 1, new BigDecimal("1.25")))));
        assertThat(confirmation.total()).isEqualByComparingTo("26.25");
        assertThat(confirmation.customerId()).isEqualTo("c-42");
        assertThat(confirmation.orderId()).isNotBlank();
        assertThat(confirmation.status()).isEqualTo(OrderConfirmation.Status.ACCEPTED);
        assertThat(ledger.drain()).isEqualTo(new OrderLedger.Totals(1, new BigDecimal("26.25")));
    }

    @Test
    void indexUploadKeepsWhatTheEventSays() {
        IndexEntry entry = functions.indexUpload().apply(new StorageObjectEvent("docs", "a b.pdf", 7, null, "put"));
        assertThat(entry).isEqualTo(new IndexEntry("docs", "a b.pdf", 7, null));
    }

    @Test
    void indexUploadRefusesAnEventWithoutKey() {
        assertThatThrownBy(() -> functions.indexUpload().apply(new StorageObjectEvent("docs", " ", 7, null, "put")))
            .isInstanceOf(ProblemException.class)
            .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
    }

    @Test
    void nightlyReportDrainsTheLedger() {
        ledger.record(new BigDecimal("10"));
        ledger.record(new BigDecimal("2.5"));
        Instant fired = Instant.parse("2026-11-23T02:00:00Z");
        NightlyReport report = functions.nightlyReport(ledger).apply(new ScheduleTick(fired, "nightly"));
        assertThat(report).isEqualTo(new NightlyReport("nightly", fired, 2, new BigDecimal("12.5")));
        assertThat(functions.nightlyReport(ledger).apply(new ScheduleTick(fired, "nightly")).orders()).isZero();
    }

    @Test
    void estimateDeliveryAnswersOnAnotherThread() {
        DeliveryEstimate estimate = functions.estimateDelivery(new CarrierRates())
            .apply(new DeliveryRequest("o-1", "10115", "DHL")).join();
        assertThat(estimate.orderId()).isEqualTo("o-1");
        assertThat(estimate.carrier()).isEqualTo("DHL");
        assertThat(estimate.days()).isBetween(1, 10);
    }

    @Test
    void slowpostNeverAnswers() {
        assertThat(functions.estimateDelivery(new CarrierRates()).apply(new DeliveryRequest("o-1", "10115", "SLOWPOST")))
            .isNotDone();
    }

    @Test
    void checkStockAnswersTheLevel() {
        StockLevel level = functions.checkStock(new Warehouse()).apply(Mono.just(new StockQuery("BOOK-1"))).block();
        assertThat(level.sku()).isEqualTo("BOOK-1");
        assertThat(level.available()).isNotNegative();
    }

    @Test
    void checkStockOfAnArticleNoLongerSoldFailsWith404() {
        assertThatThrownBy(() -> functions.checkStock(new Warehouse()).apply(Mono.just(new StockQuery("GONE"))).block())
            .isInstanceOf(ProblemException.class)
            .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(404));
    }
}
