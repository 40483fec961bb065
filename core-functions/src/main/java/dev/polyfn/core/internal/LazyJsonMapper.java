package dev.polyfn.core.internal;

import java.lang.reflect.Type;
import java.util.function.Supplier;

import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import tools.jackson.databind.ObjectMapper;

/** Spring Cloud Function's JSON mapper over Polyfn's one mapper, which it builds only when first asked to convert. */
public final class LazyJsonMapper extends JsonMapper {

    private final Supplier<ObjectMapper> mapper;
    private volatile JacksonMapper delegate;

    public LazyJsonMapper(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
    }

    @Override
    protected <T> T doFromJson(Object json, Type type) {
        return delegate().fromJson(json, type);
    }

    @Override
    public byte[] toJson(Object value) {
        return delegate().toJson(value);
    }

    @Override
    public String toString(Object value) {
        return delegate().toString(value);
    }

    private JacksonMapper delegate() {
        JacksonMapper d = delegate;
        if (d == null) {
            d = new JacksonMapper(mapper.get());
            delegate = d;
        }
        return d;
    }
}
