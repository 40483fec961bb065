package dev.polyfn.examples.orders.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URLClassLoader;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.azure.testing.TestHttpResponseMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated staging folder's jars answer through the generic entry points its function.json files name, loaded
 * as the Java worker loads them (polyfn-adapter-azure.jar and lib/, the worker's own Azure types), with documented
 * invocation payloads. The same folder under Microsoft's real worker: the host emulator's tests (issue 10).
 */
class GeneratedAzureAppIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theStagedJarsAnswerThroughTheGenericEntryPoints() throws Exception {
        try (URLClassLoader loader = OrdersAzurePackageIT.PackagedApp.loader(OrdersAzurePackageIT.STAGING)) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?> type = loader.loadClass("dev.polyfn.azure.PolyfnAzureFunctions");
                Object functions = type.getConstructor().newInstance();
                Method http = type.getMethod("http", HttpRequestMessage.class, ExecutionContext.class);
                TestHttpResponseMessage response = (TestHttpResponseMessage) http.invoke(functions,
                        AzureInvocationFixture.load("http-create-order.json").httpRequest("req"),
                        TestExecutionContext.of("createOrder"));
                assertThat(response.getStatusCode()).isEqualTo(200);
                assertThat(JSON.readTree(response.bodyBytes()).path("total").decimalValue()).isEqualByComparingTo("26.25");

                Method queue = type.getMethod("queue", String.class, String.class, ExecutionContext.class);
                AzureInvocationFixture zero = AzureInvocationFixture.load("queue-payment-zero-amount.json");
                assertThatThrownBy(() -> queue.invoke(functions, zero.data("message"), zero.metadata("Id"),
                        TestExecutionContext.of("processPayment-queue")))
                    .cause().satisfies(e -> assertThat(e.getClass().getName())
                        .isEqualTo("dev.polyfn.azure.AzureInvocationException"));
            }
            finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
