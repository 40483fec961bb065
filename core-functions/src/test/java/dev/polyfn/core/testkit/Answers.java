package dev.polyfn.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every adapter's tests (and fuzz targets) make of an answer: a well-formed RFC 9457 problem, and no leak of
 * internals (stack frames, exception or Java type names, packages, file paths, the faults' secret) that the request
 * itself did not contain (an echo of the caller's own bytes is not a leak).
 */
public final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> LEAKS = List.of("Exception", "Throwable", "StackOverflow", "java.", "javax.",
            "jakarta.", "tools.jackson", "com.fasterxml", "org.springframework", "dev.polyfn", "reactor.core",
            "io.cloudevents", "com.amazonaws", "com.google", ".java", "\tat ", "Caused by", "`", "hunter2", "/opt/app");

    private Answers() {
    }

    /** Asserts {@code body} is a problem document of {@code status}: type, title, that status, a detail, an instance. */
    public static JsonNode assertProblem(int status, byte[] body) {
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.isObject()).as("a problem is a JSON object: %s", text(body)).isTrue();
        assertThat(problem.path("type").isString()).as("type of %s", text(body)).isTrue();
        assertThat(problem.path("title").asString("")).as("title of %s", text(body)).isNotBlank();
        assertThat(problem.path("status").asInt(-1)).as("status of %s", text(body)).isEqualTo(status);
        assertThat(problem.path("detail").asString("")).as("detail of %s", text(body)).isNotBlank();
        assertThat(problem.path("instance").isString()).as("instance of %s", text(body)).isTrue();
        return problem;
    }

    /** Asserts the answer holds no internals that {@code request} (what the caller sent) did not hold itself. */
    public static void assertNoLeak(String answer, byte[] request) {
        assertNoLeak(answer, new String(request, StandardCharsets.UTF_8) + new String(request, StandardCharsets.ISO_8859_1));
    }

    /** As above, {@code sent} being everything the caller sent, in every decoding an adapter might apply. */
    public static void assertNoLeak(String answer, String sent) {
        // an echo clipped with "..." may end in "java" + "...": the dots are Polyfn's, the text the caller's; an echo
        // may be lower-cased (content types): compare without case
        String text = answer.replace("...", " ").toLowerCase(java.util.Locale.ROOT);
        String echoed = sent.toLowerCase(java.util.Locale.ROOT);
        for (String leak : LEAKS) {
            String token = leak.toLowerCase(java.util.Locale.ROOT);
            if (text.contains(token) && !echoed.contains(token)) {
                throw new AssertionError("the answer leaks '" + leak + "': " + abbreviate(answer));
            }
        }
    }

    /**
     * Asserts the problem's text (every string in it, JSON escapes decoded: {@code \t} is a tab, not a {@code t})
     * holds no internals that {@code sent} did not hold.
     */
    public static void assertProblemLeaksNothing(JsonNode problem, String sent) {
        StringBuilder text = new StringBuilder();
        collect(problem, text);
        assertNoLeak(text.toString(), sent);
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isString()) {
            text.append(node.asString()).append('\n');
        }
        node.forEach(child -> collect(child, text));
    }

    public static void assertNoLeak(String answer) {
        assertNoLeak(answer, new byte[0]);
    }

    private static String text(byte[] body) {
        return abbreviate(new String(body, StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
