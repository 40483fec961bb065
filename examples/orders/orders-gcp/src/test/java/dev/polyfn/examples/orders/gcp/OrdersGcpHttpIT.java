package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import dev.polyfn.examples.orders.gcp.GcpHttpClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** orders-gcp.jar's {@code PolyfnHttpFunction} under the real java-function-invoker 2.0.0. */
class OrdersGcpHttpIT {

    static final String ORDER = "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":2,"
            + "\"unitPrice\":12.50},{\"sku\":\"PEN-7\",\"quantity\":1,\"unitPrice\":1.25}]}";
    static final int LIMIT = 6 * 1024 * 1024;

    private static InvokerProcess uppercase;
    private static InvokerProcess createOrder;
    private static InvokerProcess processPayment;

    private static InvokerFleet fleet;

    @BeforeAll
    static void startInvokers() throws Exception {
        fleet = InvokerFleet.start(InvokerProcess.HTTP_TARGET, "uppercase", "createOrder", "processPayment");
        uppercase = fleet.get("uppercase");
        createOrder = fleet.get("createOrder");
        processPayment = fleet.get("processPayment");
    }

    @AfterAll
    static void stopInvokers() throws InterruptedException {
        if (fleet != null) {
            fleet.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/uppercase", "/any/deep/path?x=1"})
    void uppercaseAnswersExactTextAtAnyPath(String path) throws Exception {
        Answer answer = GcpHttpClient.post(uppercase.port(), path, "text/plain",
                "hello polyfn".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain");
        assertThat(answer.text()).isEqualTo("HELLO POLYFN");
    }

    @Test
    void routingHeadersAreNeverEvaluated() throws Exception {
        Path marker = Path.of(InvokerProcess.property("invoker.logs"), "pwned-" + System.nanoTime());
        Answer answer = GcpHttpClient.post(uppercase.port(), "/", "text/plain",
                "hello polyfn".getBytes(StandardCharsets.UTF_8), Map.of(
                        "spring.cloud.function.routing-expression",
                        "T(java.lang.Runtime).getRuntime().exec('touch " + marker + "')",
                        "spring.cloud.function.definition", "createOrder"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("HELLO POLYFN");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aRoutingHeaderCannotSwitchCreateOrderToAnotherFunction() throws Exception {
        Answer answer = GcpHttpClient.post(createOrder.port(), "/", "application/json", bytes(ORDER),
                Map.of("spring.cloud.function.definition", "uppercase"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").stringValue()).isEqualTo("ACCEPTED");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"application/json", "application/json; charset=UTF-8", "none"})
    void createOrderAcceptsAValidOrder(String contentType) throws Exception {
        Answer answer = GcpHttpClient.post(createOrder.port(), "/createOrder", contentType, bytes(ORDER), Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("orderId").stringValue()).isNotBlank();
        assertThat(answer.json().path("customerId").stringValue()).isEqualTo("c-42");
        assertThat(answer.json().path("total").decimalValue()).isEqualByComparingTo("26.25");
        assertThat(answer.json().path("status").stringValue()).isEqualTo("ACCEPTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":2,\"unitPrice\":12.50}]}",
        "{\"customerId\":\"  \",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":2,\"unitPrice\":12.50}]}",
        "{\"customerId\":\"c-42\",\"items\":[]}",
        "{\"customerId\":\"c-42\"}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":0,\"unitPrice\":12.50}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":2,\"unitPrice\":-1}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":\"two\",\"unitPrice\":1}]}",
        "{\"customerId\":",
        "[1,2,3]",
        "null"
    })
    void createOrderRejectsInvalidOrMalformedOrdersWith400(String body) throws Exception {
        assertProblem(GcpHttpClient.post(createOrder.port(), "/", "application/json", bytes(body), Map.of()), 400);
    }

    @Test
    void createOrderRejectsInvalidUtf8With400() throws Exception {
        byte[] broken = bytes(ORDER.replace("c-42", "c-4\u00e9"));
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == (byte) 0xC3) {
                broken[i] = (byte) 0xFF;
            }
        }
        assertProblem(GcpHttpClient.post(createOrder.port(), "/", "application/json", broken, Map.of()), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "application/x-www-form-urlencoded", "text/plain",
        "multipart/form-data; boundary=x"})
    void createOrderAnswers415ForOtherContentTypes(String contentType) throws Exception {
        Answer answer = GcpHttpClient.post(createOrder.port(), "/", contentType, bytes(ORDER),
                Map.of("Accept", "application/xml"));

        assertProblem(answer, 415);
    }

    /** Core's one query rule (lenient) under the real invoker: Jetty passes the raw query, as every target does. */
    @ParameterizedTest
    @ValueSource(strings = {"/?x=%zz&y=%E0%A4%A", "/?a=%zz", "/?%=1&b=%e9"})
    void aQueryThatIsNotValidPercentEncodingIsDecodedLeniently(String path) throws Exception {
        Answer answer = GcpHttpClient.raw(createOrder.port(), "POST", path, "application/json", bytes(ORDER));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().path("status").stringValue()).isEqualTo("ACCEPTED");
    }

    /** The invoker's Jetty has no header count limit and 8 KiB of header bytes: 200 small headers reach Polyfn. */
    @Test
    void twoHundredHeadersAnswerPolyfns431() throws Exception {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            headers.put("x-noise-" + i, "v");
        }
        Answer answer = GcpHttpClient.post(uppercase.port(), "/", "text/plain", bytes("hi"), headers);

        assertProblem(answer, 431);
        assertThat(answer.json().path("title").asString()).isEqualTo("Request Header Fields Too Large");
    }

    /** Methods are core's: POST only unless http.methods says otherwise; the invoker forwards every method. */
    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void anUndeclaredMethodAnswers405WithAllow(String method) throws Exception {
        Answer answer = GcpHttpClient.raw(createOrder.port(), method, "/createOrder", "application/json",
                method.equals("GET") ? new byte[0] : bytes(ORDER));

        assertProblem(answer, 405);
        assertThat(answer.headers().get("Allow")).isEqualTo("POST");
    }

    @Test
    void aBodyOverTheLimitAnswers413() throws Exception {
        assertProblem(GcpHttpClient.post(createOrder.port(), "/", "application/json", padded(LIMIT + 1), Map.of()), 413);
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413() throws Exception {
        assertProblem(GcpHttpClient.postChunked(createOrder.port(), "/", "application/json", padded(LIMIT + 1)), 413);
    }

    @Test
    void aChunkedBodyAtTheLimitIsAccepted() throws Exception {
        Answer answer = GcpHttpClient.postChunked(createOrder.port(), "/", "application/json", padded(LIMIT));

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void processPaymentAnswers202WithNoBody() throws Exception {
        Answer answer = GcpHttpClient.post(processPayment.port(), "/", "application/json",
                bytes("{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}"), Map.of());

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":0}", "{\"paymentId\":"})
    void processPaymentRejectsABadPaymentWith400(String body) throws Exception {
        assertProblem(GcpHttpClient.post(processPayment.port(), "/", "application/json", bytes(body), Map.of()), 400);
    }

    static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.has("instance")).isTrue();
        assertThat(answer.text()).doesNotContain("Exception", "\tat ", ".java", "dev.polyfn", "tools.jackson");
    }

    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] order = bytes(ORDER);
        System.arraycopy(order, 0, body, 0, order.length);
        return body;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
