package dev.polyfn.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.polyfn.core.PolyfnProperties;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.ScheduleTick;
import dev.polyfn.core.StorageObjectEvent;

/**
 * The contract cases every adapter must answer the same way. Use with JUnit:
 * <pre>{@code
 * static Stream<ContractScenario> scenarios() { return Scenarios.http().stream(); }
 * @ParameterizedTest @MethodSource("scenarios")
 * void sameAnswerOnAws(ContractScenario s) { s.verify(sendThroughMyAdapter(s.function(), s.request())); }
 * }</pre>
 * Start the deployment with {@code polyfn.configuration=}{@link #CONFIGURATION} and
 * {@code spring.cloud.function.definition=}{@link ContractScenario#function()}.
 */
public final class Scenarios {

    public static final String CONFIGURATION = "dev.polyfn.core.testkit.TestkitFunctions";
    public static final String ROUTING_HEADER = "spring.cloud.function.routing-expression";
    public static final String VALID_ORDER = "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":2,"
            + "\"unitPrice\":12.50},{\"sku\":\"PEN-7\",\"quantity\":1,\"unitPrice\":1.25}]}";

    /**
     * The testkit functions' declarations: every runner starts its deployment with them (as a user's
     * application.properties would hold them).
     */
    public static final Map<String, String> DECLARATIONS = Map.of(
            "polyfn.functions.replaceOrder.http.methods", "PUT",
            "polyfn.functions.status.http.methods", "GET");

    /** The query of the malformed-escape case, as the client sends it (the values still encoded). */
    public static final Map<String, List<String>> MALFORMED_QUERY = Map.of("x", List.of("%zz"), "y", List.of("%E0%A4%A"));

    private Scenarios() {
    }

    /**
     * The rules core owns for every HTTP target, and the four answers that once differed: a malformed query escape,
     * an undeclared GET and PUT (405 with Allow), 200 headers (431). A request's {@code query} holds its values as
     * the client sent them, still percent-encoded.
     */
    public static List<ContractScenario> rules() {
        List<ContractScenario> all = new ArrayList<>();
        all.add(scenario("a malformed query escape is decoded leniently", "createOrder",
                post("/createOrder", "application/json", VALID_ORDER).toBuilder().query(MALFORMED_QUERY).build(), 200,
                confirmation()));
        all.add(scenario("an undeclared GET answers 405 with Allow", "createOrder",
                PortableRequest.http("GET", "/createOrder").build(), 405, allow("POST")));
        all.add(scenario("an undeclared PUT answers 405 with Allow", "createOrder",
                post("/createOrder", "application/json", VALID_ORDER).toBuilder().method("PUT").build(), 405,
                allow("POST")));
        all.add(scenario("a declared PUT is served", "replaceOrder",
                post("/replaceOrder", "application/json", VALID_ORDER).toBuilder().method("PUT").build(), 200,
                confirmation()));
        all.add(scenario("POST to a function declaring only PUT answers 405", "replaceOrder",
                post("/replaceOrder", "application/json", VALID_ORDER), 405, allow("PUT")));
        all.add(scenario("a declared GET is served", "status", PortableRequest.http("GET", "/status").build(), 200,
                text("OK")));
        PortableRequest.Builder many = post("/uppercase", "text/plain", "abc").toBuilder();
        for (int i = 0; i < 200; i++) {
            many.header("x-h-" + i, "v");
        }
        all.add(scenario("200 request headers answer 431", "uppercase", many.build(), 431, o -> { }));
        return List.copyOf(all);
    }

    private static ContractScenario scenario(String name, String function, PortableRequest request, int status,
            Consumer<Observed> check) {
        return new ContractScenario(name, function, request, status, check);
    }

    private static Consumer<Observed> allow(String methods) {
        return o -> assertThat(ContractScenario.json(o).path("detail").asString()).contains("use " + methods.replace(", ", " or "));
    }

    /** Cases that arrive over HTTP (API Gateway, Function URL, ALB, Azure HTTP trigger, GCP HttpFunction, web). */
    public static List<ContractScenario> http() {
        List<ContractScenario> all = new ArrayList<>();
        all.add(scenario("uppercase answers exact text", "uppercase",
                post("/uppercase", "text/plain", "hello polyfn"), 200, text("HELLO POLYFN")));
        all.add(scenario("routing headers are never evaluated", "uppercase",
                post("/uppercase", "text/plain", "hello polyfn").toBuilder()
                    .header(ROUTING_HEADER, "T(java.lang.Runtime).getRuntime().exec('touch /tmp/polyfn-pwned')")
                    .header("spring.cloud.function.definition", "explode").build(),
                200, text("HELLO POLYFN")));
        all.add(scenario("createOrder accepts a valid order", "createOrder",
                post("/createOrder", "application/json", VALID_ORDER), 200, confirmation()));
        all.add(scenario("createOrder reads a missing content type as JSON", "createOrder",
                post("/createOrder", null, VALID_ORDER), 200, confirmation()));
        all.add(scenario("createOrder accepts JSON with a charset", "createOrder",
                post("/createOrder", "application/json; charset=UTF-8", VALID_ORDER), 200, confirmation()));
        all.add(scenario("createOrder ignores unknown properties", "createOrder",
                post("/createOrder", "application/json", VALID_ORDER.replace("{\"customerId\"", "{\"extra\":{\"x\":[1]},\"customerId\"")),
                200, confirmation()));
        all.add(invalidOrder("missing customerId", VALID_ORDER.replace("\"customerId\":\"c-42\",", ""), "customerId"));
        all.add(invalidOrder("blank customerId", VALID_ORDER.replace("c-42", "  "), "customerId"));
        all.add(invalidOrder("empty items", "{\"customerId\":\"c-42\",\"items\":[]}", "items"));
        all.add(invalidOrder("missing items", "{\"customerId\":\"c-42\"}", "items"));
        all.add(invalidOrder("null items", "{\"customerId\":\"c-42\",\"items\":null}", "items"));
        all.add(invalidOrder("a null item", "{\"customerId\":\"c-42\",\"items\":[null]}", "items"));
        all.add(invalidOrder("quantity 0", VALID_ORDER.replace("\"quantity\":2", "\"quantity\":0"), "quantity"));
        all.add(invalidOrder("negative unitPrice", VALID_ORDER.replace("12.50", "-1"), "unitPrice"));
        all.add(badOrder("malformed JSON", "application/json", "{\"customerId\":".getBytes(StandardCharsets.UTF_8)));
        all.add(badOrder("invalid UTF-8", "application/json", invalidUtf8()));
        all.add(badOrder("a string where a number belongs", "application/json",
                bytes(VALID_ORDER.replace("\"quantity\":2", "\"quantity\":\"two\""))));
        all.add(badOrder("a fractional quantity", "application/json",
                bytes(VALID_ORDER.replace("\"quantity\":2", "\"quantity\":2.5"))));
        all.add(badOrder("a number out of range", "application/json",
                bytes(VALID_ORDER.replace("\"quantity\":2", "\"quantity\":99999999999999999999"))));
        all.add(badOrder("a number where a string belongs", "application/json",
                bytes(VALID_ORDER.replace("\"c-42\"", "42"))));
        all.add(badOrder("a boolean where a number belongs", "application/json",
                bytes(VALID_ORDER.replace("\"quantity\":2", "\"quantity\":true"))));
        all.add(badOrder("an array instead of an object", "application/json", bytes("[1,2,3]")));
        all.add(badOrder("nesting too deep", "application/json",
                bytes("{\"customerId\":\"c\",\"items\":[{\"sku\":" + "[".repeat(2000) + "]".repeat(2000) + "}]}")));
        all.add(badOrder("an empty body", "application/json", new byte[0]));
        all.add(badOrder("JSON null", "application/json", bytes("null")));
        all.add(badOrder("trailing garbage", "application/json", bytes(VALID_ORDER + "}")));
        all.add(unsupported("application/xml", "<order/>"));
        all.add(unsupported("application/x-www-form-urlencoded", "customerId=c-42"));
        all.add(unsupported("multipart/form-data; boundary=x", "--x\r\n\r\n--x--"));
        all.add(unsupported("text/plain", VALID_ORDER));
        all.add(scenario("createOrder answers 415 for a compressed body", "createOrder",
                post("/createOrder", "application/json", VALID_ORDER).toBuilder().header("content-encoding", "gzip")
                    .build(), 415, o -> { }));
        all.add(scenario("a body at the limit is accepted", "createOrder",
                post("/createOrder", "application/json", padded(PolyfnProperties.DEFAULT_MAX_BODY_BYTES)), 200,
                confirmation()));
        all.add(scenario("a body over the limit answers 413", "createOrder",
                post("/createOrder", "application/json", padded(PolyfnProperties.DEFAULT_MAX_BODY_BYTES + 1)), 413,
                o -> { }));
        all.add(scenario("an unexpected failure answers 500 with a generic detail", "explode",
                post("/explode", "text/plain", "x"), 500,
                o -> assertThat(o.bodyText()).doesNotContain("password", "/opt", "IllegalState")));
        all.add(scenario("a ProblemException chooses its status", "conflict",
                post("/conflict", "text/plain", "x"), 409,
                o -> assertThat(ContractScenario.json(o).path("detail").asString()).isEqualTo("Order o-1 was already paid.")));
        all.add(scenario("processPayment accepts a valid payment with 202 and no body", "processPayment",
                post("/processPayment", "application/json", "{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":10.00}"),
                202, o -> assertThat(o.body()).isEmpty()));
        all.add(scenario("processPayment rejects amount 0", "processPayment",
                post("/processPayment", "application/json", "{\"paymentId\":\"p-1\",\"orderId\":\"o-1\",\"amount\":0}"),
                400, o -> { }));
        all.add(scenario("processPayment rejects an unreadable payment", "processPayment",
                post("/processPayment", "application/json", "{\"paymentId\":"), 400, o -> { }));
        all.addAll(async());
        all.addAll(rules());
        return List.copyOf(all);
    }

    /** Asynchronous and reactive shapes: results are awaited, never serialized as a future or a publisher. */
    public static List<ContractScenario> async() {
        return List.of(
                scenario("a CompletableFuture result is awaited", "estimate",
                        post("/estimate", "application/json", "{\"orderId\":\"o-1\",\"postcode\":\"10115\",\"carrier\":\"DHL\"}"),
                        200, o -> {
                            assertThat(o.contentType()).startsWith("application/json");
                            assertThat(ContractScenario.map(o)).containsEntry("orderId", "o-1").containsEntry("carrier", "DHL")
                                .containsKey("days").doesNotContainKeys("done", "cancelled");
                        }),
                scenario("an async function's input is validated before the call", "estimate",
                        post("/estimate", "application/json", "{\"orderId\":\"o-1\",\"postcode\":\" \",\"carrier\":\"DHL\"}"),
                        400, o -> assertThat(ContractScenario.json(o).path("detail").asString()).contains("postcode")),
                scenario("a Mono input and result", "stock",
                        post("/stock", "application/json", "{\"sku\":\"BOOK-1\"}"), 200,
                        o -> assertThat(ContractScenario.map(o)).containsEntry("sku", "BOOK-1").containsEntry("available", 42)),
                scenario("a failed Mono answers its problem", "stock",
                        post("/stock", "application/json", "{\"sku\":\"GONE\"}"), 404,
                        o -> assertThat(ContractScenario.json(o).path("detail").asString()).contains("GONE")),
                scenario("a Mono input is validated", "stock",
                        post("/stock", "application/json", "{\"sku\":\"\"}"), 400, o -> { }),
                scenario("a Flux result answers a JSON array", "letters",
                        post("/letters", "text/plain", "abc"), 200, o -> {
                            assertThat(o.contentType()).startsWith("application/json");
                            assertThat(o.bodyText()).isEqualTo("[\"A\",\"B\",\"C\"]");
                        }),
                scenario("a Flux input takes a JSON array's elements", "total",
                        post("/total", "application/json", "[{\"value\":1.5},{\"value\":2}]"), 200,
                        o -> assertThat(ContractScenario.json(o).path("value").decimalValue()).isEqualByComparingTo("3.5")),
                scenario("a Flux input validates every element", "total",
                        post("/total", "application/json", "[{\"value\":1.5},{}]"), 400, o -> { }),
                scenario("a Message keeps allow-listed headers both ways", "correlate",
                        post("/correlate", "text/plain", "abc").toBuilder().header("x-correlation-id", "c-7").build(),
                        200, text("ABC")));
    }

    /** Cases for non-HTTP triggers: the adapter delivers the portable event from its own envelope. */
    public static List<ContractScenario> events() {
        return List.of(
                scenario("a storage event reaches a StorageObjectEvent function", "indexObject",
                        PortableRequest.event(new StorageObjectEvent("docs", "uploads/a b.pdf", 1024, null,
                                "ObjectCreated:Put")).build(), 200,
                        o -> assertThat(ContractScenario.map(o)).containsEntry("bucket", "docs")
                            .containsEntry("key", "uploads/a b.pdf").containsEntry("size", 1024)
                            .containsEntry("contentType", null)),
                scenario("a schedule tick reaches a ScheduleTick function", "tick",
                        PortableRequest.event(new ScheduleTick(java.time.Instant.parse("2026-11-23T02:00:00Z"),
                                "nightly")).build(), 200, text("tick nightly")));
    }

    public static PortableRequest post(String path, String contentType, String body) {
        return post(path, contentType, bytes(body));
    }

    public static PortableRequest post(String path, String contentType, byte[] body) {
        PortableRequest.Builder builder = PortableRequest.http("POST", path).body(body).header("accept", "*/*");
        if (contentType != null) {
            builder.contentType(contentType).header("content-type", contentType);
        }
        return builder.build();
    }

    /** A valid order padded with trailing spaces to exactly {@code size} bytes. */
    public static byte[] padded(long size) {
        byte[] body = new byte[(int) size];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] order = bytes(VALID_ORDER);
        System.arraycopy(order, 0, body, 0, order.length);
        return body;
    }

    private static ContractScenario invalidOrder(String what, String body, String field) {
        return scenario("createOrder rejects " + what, "createOrder", post("/createOrder", "application/json", body),
                400, o -> assertThat(ContractScenario.json(o).path("detail").asString()).contains(field));
    }

    private static ContractScenario badOrder(String what, String contentType, byte[] body) {
        return scenario("createOrder rejects " + what, "createOrder", post("/createOrder", contentType, body),
                400, o -> { });
    }

    private static ContractScenario unsupported(String contentType, String body) {
        return scenario("createOrder answers 415 for " + contentType, "createOrder",
                post("/createOrder", contentType, body), 415, o -> { });
    }

    private static Consumer<Observed> text(String expected) {
        return o -> {
            assertThat(o.contentType()).startsWith("text/plain");
            assertThat(o.bodyText()).isEqualTo(expected);
        };
    }

    private static Consumer<Observed> confirmation() {
        return o -> {
            assertThat(o.contentType()).startsWith("application/json");
            var json = ContractScenario.json(o);
            assertThat(json.path("orderId").asString()).isNotBlank();
            assertThat(json.path("customerId").asString()).isEqualTo("c-42");
            assertThat(json.path("total").decimalValue()).isEqualByComparingTo("26.25");
            assertThat(json.path("status").asString()).isEqualTo("ACCEPTED");
        };
    }

    private static byte[] invalidUtf8() {
        byte[] order = bytes(VALID_ORDER.replace("c-42", "c-4\u00e9"));
        byte[] broken = java.util.Arrays.copyOf(order, order.length);
        for (int i = 0; i < broken.length - 1; i++) {
            if (broken[i] == (byte) 0xC3) {
                broken[i] = (byte) 0xFF;
            }
        }
        return broken;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
