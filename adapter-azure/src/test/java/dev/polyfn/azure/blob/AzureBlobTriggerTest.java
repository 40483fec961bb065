package dev.polyfn.azure.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.polyfn.azure.AzureInvocationException;
import dev.polyfn.azure.PolyfnAzure;
import dev.polyfn.azure.testing.AzureInvocationFixture;
import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.TestExecutionContext;
import dev.polyfn.core.StorageObjectEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Blob trigger invocations from the documented metadata through {@link PolyfnAzureBlob}. */
class AzureBlobTriggerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PolyfnAzure app;

    @BeforeAll
    static void start() {
        app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_UPLOADS", "storageEcho"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theBlobBecomesAStorageEventWithPropertiesContentTypeAndSize() {
        AzureInvocationFixture blob = AzureInvocationFixture.load("blob-upload.json");

        StorageObjectEvent event = deliver(bytes(blob.data("content")), blob.metadata("BlobTrigger"),
                blob.metadata("Properties"));

        assertThat(event).isEqualTo(new StorageObjectEvent("uploads", "reports/2026/a b.pdf", 15, "application/pdf",
                "Microsoft.Storage.BlobCreated"));
    }

    @Test
    void withoutPropertiesTheSizeIsTheContentLengthAndTheContentTypeUnknown() {
        AzureInvocationFixture blob = AzureInvocationFixture.load("blob-upload.json");

        StorageObjectEvent event = deliver(new byte[42], blob.metadata("BlobTrigger"), null);

        assertThat(event.size()).isEqualTo(42);
        assertThat(event.contentType()).isNull();
    }

    @Test
    void aPathWithoutContainerIsRejected() {
        assertThatThrownBy(() -> deliver(new byte[1], "no-container", null))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("BlobTrigger");
        assertThatThrownBy(() -> deliver(new byte[1], null, null))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void propertiesThatAreNotJsonAreRejected() {
        assertThatThrownBy(() -> deliver(new byte[1], "uploads/a.txt", "ContentType=text/plain"))
            .isInstanceOfSatisfying(AzureInvocationException.class, e -> assertThat(e.status()).isEqualTo(400))
            .hasMessageContaining("Properties metadata is not JSON");
    }

    private static StorageObjectEvent deliver(byte[] content, String path, String properties) {
        byte[] body = PolyfnAzureBlob.handle(app, content, path, properties, TestExecutionContext.of("uploads")).body();
        return JSON.readValue(body, StorageObjectEvent.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
