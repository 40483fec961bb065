package dev.polyfn.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.polyfn.core.PolyfnRuntime;
import dev.polyfn.core.PortableRequest;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.testkit.Answers;
import dev.polyfn.core.testkit.Scenarios;

/**
 * Core's input reader under arbitrary input: JSON bodies into a validated POJO, any content type, text in any
 * charset, a {@code Flux} of array elements. Whatever arrives, the answer is the function's or a 4xx problem, never a
 * 5xx, never a leak.
 */
class CoreInputFuzzTest {

    private static final PolyfnRuntime RUNTIME = PolyfnRuntime.startForEntryPoints(Map.of(
            PolyfnRuntime.CONFIGURATION_PROPERTY, Scenarios.CONFIGURATION, "polyfn.logging.invocations", "false"));
    private static final String[] CHARSETS = {"UTF-8", "utf-16", "UTF-16LE", "ISO-8859-1", "US-ASCII",
        "windows-1252", "Shift_JIS", "x-unknown", "\"utf-8\"", ""};
    private static final String[] TYPES = {"application/json", "application/json; charset=utf-16",
        "application/problem+json", "text/plain", "application/xml", "multipart/form-data; boundary=x", "*/*",
        "application/json;;;=", "application", ""};

    @FuzzTest(maxDuration = "2m")
    void orderFromJsonBody(byte[] body) {
        answer("createOrder", "application/json", body, Set.of(200, 400, 413));
    }

    @FuzzTest(maxDuration = "2m")
    void orderWithAnyContentType(FuzzedDataProvider data) {
        String type = data.consumeBoolean() ? data.pickValue(TYPES) : data.consumeString(60);
        answer("createOrder", type, data.consumeRemainingAsBytes(), Set.of(200, 400, 413, 415));
    }

    @FuzzTest(maxDuration = "2m")
    void textInAnyCharset(FuzzedDataProvider data) {
        String charset = data.consumeBoolean() ? data.pickValue(CHARSETS) : data.consumeString(20);
        answer("uppercase", "text/plain; charset=" + charset, data.consumeRemainingAsBytes(), Set.of(200, 400, 415));
    }

    @FuzzTest(maxDuration = "2m")
    void amountsFromJsonArray(byte[] body) {
        answer("total", "application/json", body, Set.of(200, 400, 413));
    }

    private static void answer(String function, String contentType, byte[] body, Set<Integer> allowed) {
        PortableRequest request = PortableRequest.http("POST", "/" + function).contentType(contentType).body(body)
            .build();
        PortableResponse response = RUNTIME.functions().invoke(function, request);
        assertThat(allowed).as("status %s for %s", response.status(), response.bodyAsString())
            .contains(response.status());
        assertThat(response.contentType()).isNotBlank();
        if (!response.isSuccess()) {
            assertThat(response.contentType()).isEqualTo(PortableResponse.PROBLEM_JSON);
            Answers.assertProblemLeaksNothing(Answers.assertProblem(response.status(), response.body()),
                    contentType + new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1));
        }
    }
}
