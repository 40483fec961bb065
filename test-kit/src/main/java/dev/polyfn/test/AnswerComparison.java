package dev.polyfn.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What of an answer must be the same on every target, as lines to compare and show side by side: the status (for
 * events: processed, or failed and its status where the provider tells it), the media type, the headers Polyfn
 * sets ({@code Allow}, a function's {@code x-*}), and the body, JSON normalised: a problem's {@code instance} and
 * {@code requestId} values, UUIDs and the scenario's varying fields masked. Servers' own headers (Date,
 * Content-Length) are left out.
 */
final class AnswerComparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> ALWAYS_VARYING = Set.of("instance", "requestId");
    private static final int SHOWN_BODY = 240;

    private AnswerComparison() {
    }

    /** The lines that must agree between targets. */
    static List<String> signature(Answer answer, Scenario scenario) {
        List<String> lines = new ArrayList<>();
        if (scenario.isHttp()) {
            lines.add("status: " + answer.status());
            lines.add("content-type: " + mediaType(answer.contentType()));
            answer.headers().forEach((name, value) -> {
                if (name.equals("allow") || name.startsWith("x-") && !name.startsWith("x-amz")) {
                    lines.add(name + ": " + value);
                }
            });
        }
        else {
            lines.add("outcome: " + outcome(answer));
        }
        if (answer.body().length > 0) {
            lines.add("body: " + body(answer, scenario.varying()));
        }
        return lines;
    }

    /** True when two targets' answers agree (an event's missing status or body is no disagreement). */
    static boolean agree(Answer a, Answer b, Scenario scenario) {
        if (scenario.isHttp()) {
            return signature(a, scenario).equals(signature(b, scenario));
        }
        if (a.isSuccess() != b.isSuccess()) {
            return false;
        }
        if (!a.isSuccess() && a.status() != 0 && b.status() != 0 && a.status() != b.status()) {
            return false;
        }
        return a.body().length == 0 || b.body().length == 0
                || body(a, scenario.varying()).equals(body(b, scenario.varying()));
    }

    /** A short cell for reports: {@code 200}, {@code 405}, {@code processed}, {@code failed 400}. */
    static String cell(Answer answer, Scenario scenario) {
        return scenario.isHttp() ? Integer.toString(answer.status()) : outcome(answer);
    }

    private static String outcome(Answer answer) {
        if (answer.isSuccess()) {
            return "processed";
        }
        return answer.status() == 0 ? "failed" : "failed " + answer.status();
    }

    static String mediaType(String contentType) {
        return contentType == null ? "(none)" : contentType.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String body(Answer answer, Set<String> varying) {
        String text;
        try {
            JsonNode tree = JSON.readTree(answer.body());
            text = tree == null ? answer.bodyText() : JSON.writeValueAsString(masked(tree, varying));
        }
        catch (RuntimeException notJson) {
            text = answer.bodyText();
        }
        text = UUID.matcher(text).replaceAll("<uuid>");
        if (text.length() <= SHOWN_BODY) {
            return text;
        }
        return text.substring(0, SHOWN_BODY) + "... (" + text.length() + " chars, sha-256 " + sha256(text) + ")";
    }

    private static JsonNode masked(JsonNode node, Set<String> varying) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                if (ALWAYS_VARYING.contains(name) || varying.contains(name)) {
                    object.put(name, "<varies>");
                }
                else {
                    object.set(name, masked(object.get(name), varying));
                }
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((tools.jackson.databind.node.ArrayNode) node).set(i, masked(node.get(i), varying));
            }
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
