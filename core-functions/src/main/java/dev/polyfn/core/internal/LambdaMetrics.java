package dev.polyfn.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.polyfn.core.InvocationContext;
import dev.polyfn.core.PolyfnProperties;

/**
 * Per-invocation metrics on Lambda in CloudWatch's Embedded Metric Format (EMF): a JSON log line with an
 * {@code _aws} block that CloudWatch turns into metrics, no agent and no API call. Namespace
 * {@code polyfn.metrics.namespace} (default {@code Polyfn}), dimension {@code function}; metrics
 * {@code Invocations}, {@code Errors4xx}, {@code Errors5xx}, {@code Duration} (ms) and {@code ColdStart} (count).
 * On with Lambda's JSON log format (the fields join the invocation's own line: no extra line), and with
 * {@code polyfn.metrics.enabled=true} in text format (then a separate JSON line, {@link #line}); {@code false}
 * turns them off.
 *
 * <p>Example: {@code "_aws":{"Timestamp":1795442400000,"CloudWatchMetrics":[{"Namespace":"Polyfn","Dimensions":
 * [["function"]],"Metrics":[{"Name":"Invocations","Unit":"Count"},...]}]},"Invocations":1,"Errors4xx":0,...}.
 * Spec: docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
final class LambdaMetrics {

    private final String namespace;
    private final Boolean enabled;

    private LambdaMetrics(String namespace, Boolean enabled) {
        this.namespace = namespace;
        this.enabled = enabled;
    }

    /** Null when switched off. */
    static LambdaMetrics of(PolyfnProperties properties) {
        Boolean enabled = properties.metricsEnabled();
        return Boolean.FALSE.equals(enabled) ? null : new LambdaMetrics(properties.metricsNamespace(), enabled);
    }

    boolean applies(InvocationContext context) {
        return "aws".equals(context.provider())
                && (Boolean.TRUE.equals(enabled) || CloudLogging.format() == LogFormat.AWS_JSON);
    }

    /** The EMF fields to add to the invocation's JSON line (its {@code function} field is the dimension). */
    Map<String, Object> fields(int status, long micros, boolean coldStart) {
        StringBuilder aws = new StringBuilder(320).append("{\"Timestamp\":").append(System.currentTimeMillis())
            .append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        JsonText.quote(aws, namespace).append(",\"Dimensions\":[[\"function\"]],\"Metrics\":["
                + "{\"Name\":\"Invocations\",\"Unit\":\"Count\"},{\"Name\":\"Errors4xx\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"Errors5xx\",\"Unit\":\"Count\"},{\"Name\":\"Duration\",\"Unit\":\"Milliseconds\"},"
                + "{\"Name\":\"ColdStart\",\"Unit\":\"Count\"}]}]}");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("_aws", new LogLines.RawJson(aws.toString()));
        fields.put("Invocations", 1);
        fields.put("Errors4xx", status >= 400 && status < 500 ? 1 : 0);
        fields.put("Errors5xx", status >= 500 ? 1 : 0);
        fields.put("Duration", micros / 1000.0);
        fields.put("ColdStart", coldStart ? 1 : 0);
        return fields;
    }

    /** The metrics as a line of their own, for text logs: EMF lines are JSON whatever the log format. */
    String line(String function, int status, long micros, boolean coldStart) {
        StringBuilder line = new StringBuilder(400).append("{\"function\":");
        JsonText.quote(line, function);
        fields(status, micros, coldStart).forEach((name, value) -> {
            JsonText.quote(line.append(','), name).append(':')
                .append(value instanceof LogLines.RawJson raw ? raw.json() : value.toString());
        });
        return line.append("}\n").toString();
    }
}
