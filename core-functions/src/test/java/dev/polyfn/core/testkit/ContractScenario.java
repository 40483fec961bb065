package dev.polyfn.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

import dev.polyfn.core.PortableRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One contract case: which function a deployment runs, the request, and what any adapter must answer.
 *
 * @param name     what the case proves, shown as the test name
 * @param function the {@code spring.cloud.function.definition} of the deployment under test
 * @param request  the request, as an adapter would hand it to core (adapters encode it in their envelope)
 * @param status   the expected status
 * @param check    further checks of the observed answer (content type, body)
 */
public record ContractScenario(String name, String function, PortableRequest request, int status,
        Consumer<Observed> check) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Asserts the observed answer; adapters call this after decoding their provider response. */
    public void verify(Observed observed) {
        assertThat(observed.status()).as("%s: status (body %s)", name, abbreviated(observed)).isEqualTo(status);
        assertThat(observed.contentType()).as("%s: every answer has a Content-Type", name).isNotBlank();
        if (status >= 400) {
            verifyProblem(observed);
        }
        check.accept(observed);
    }

    @Override
    public String toString() {
        return name;
    }

    private void verifyProblem(Observed observed) {
        assertThat(observed.contentType()).as("%s: problem content type", name).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(observed.body());
        assertThat(problem.path("status").asInt()).as("%s: problem status", name).isEqualTo(status);
        assertThat(problem.path("title").asString()).as("%s: problem title", name).isNotBlank();
        assertThat(problem.path("type").asString()).as("%s: problem type", name).isNotBlank();
        assertThat(problem.path("detail").asString()).as("%s: problem detail", name).isNotBlank();
        assertThat(problem.has("instance")).as("%s: problem instance", name).isTrue();
        assertThat(observed.bodyText()).as("%s: no internals in a problem", name)
            .doesNotContain("Exception", "\tat ", ".java", "dev.polyfn", "java.lang", "tools.jackson", "hunter2");
    }

    static JsonNode json(Observed observed) {
        return JSON.readTree(observed.body());
    }

    static Map<String, Object> map(Observed observed) {
        return JSON.readValue(observed.body(), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    private static String abbreviated(Observed observed) {
        String text = observed.bodyText();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
