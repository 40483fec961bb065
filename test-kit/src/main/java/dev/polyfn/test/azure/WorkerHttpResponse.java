package dev.polyfn.test.azure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import dev.polyfn.test.Answer;

/** The worker's {@link HttpResponseMessage}: status, headers, and the body the function set (bytes as they are). */
final class WorkerHttpResponse implements HttpResponseMessage {

    private final HttpStatusType status;
    private final Map<String, String> headers;
    private final Object body;

    private WorkerHttpResponse(HttpStatusType status, Map<String, String> headers, Object body) {
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

    Answer answer() {
        byte[] bytes = body == null ? new byte[0] : body instanceof byte[] b ? b
                : body.toString().getBytes(StandardCharsets.UTF_8);
        return new Answer(getStatusCode(), getHeader("Content-Type"), headers, bytes);
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
            return new WorkerHttpResponse(status, Map.copyOf(headers), body);
        }
    }
}
