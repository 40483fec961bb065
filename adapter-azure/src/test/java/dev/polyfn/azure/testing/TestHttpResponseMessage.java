package dev.polyfn.azure.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import dev.polyfn.core.testkit.Observed;

/**
 * Azure's {@link HttpResponseMessage} and its builder as the Java worker implements them: status, headers looked up
 * case-insensitively, and the body object the function set (the worker sends a {@code byte[]} as is).
 */
public final class TestHttpResponseMessage implements HttpResponseMessage {

    private final HttpStatusType status;
    private final Map<String, String> headers;
    private final Object body;

    private TestHttpResponseMessage(HttpStatusType status, Map<String, String> headers, Object body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public HttpStatusType getStatus() {
        return status;
    }

    @Override
    public String getHeader(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public Object getBody() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The bytes the worker would send: a {@code byte[]} as is, a String as UTF-8, none as empty. */
    public byte[] bodyBytes() {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** This answer in the shared scenario set's terms. */
    public Observed observed() {
        return new Observed(getStatusCode(), getHeader("Content-Type"), bodyBytes());
    }

    static final class Builder implements HttpResponseMessage.Builder {

        private HttpStatusType status;
        private final Map<String, String> headers = new TreeMap<>();
        private Object body;

        Builder(HttpStatusType status) {
            this.status = status;
        }

        @Override
        public HttpResponseMessage.Builder status(HttpStatusType newStatus) {
            this.status = newStatus;
            return this;
        }

        @Override
        public HttpResponseMessage.Builder header(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        @Override
        public HttpResponseMessage.Builder body(Object newBody) {
            this.body = newBody;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            return new TestHttpResponseMessage(status, Map.copyOf(headers), body);
        }
    }
}
