package dev.polyfn.core.internal;

import java.util.function.Supplier;

import dev.polyfn.core.PolyfnProperties;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** Builds the one JSON mapper of a Polyfn runtime: strict about types, lenient about unknown properties, bounded. */
public final class JsonMappers {

    private JsonMappers() {
    }

    /**
     * The mapper, built on first use: building it is the largest single item of a cold start (~100-150 ms, ~700
     * classes), and a function of text or bytes never needs it.
     */
    public static Supplier<ObjectMapper> lazy(PolyfnProperties properties) {
        return new Supplier<>() {
            private volatile ObjectMapper mapper;

            @Override
            public ObjectMapper get() {
                ObjectMapper m = mapper;
                if (m == null) {
                    synchronized (this) {
                        if (mapper == null) {
                            mapper = create(properties);
                        }
                        m = mapper;
                    }
                }
                return m;
            }
        };
    }

    /**
     * Builds the lazy mapper on a daemon thread, so that loading Jackson overlaps the Spring context's startup (the
     * two largest startup costs). Whoever needs the mapper first waits for that one build; a failure is thrown to
     * that caller, as without warming.
     */
    public static void warmInBackground(Supplier<ObjectMapper> mapper) {
        Thread builder = new Thread(() -> {
            try {
                mapper.get();
            }
            catch (RuntimeException | Error e) {
                // the first real use builds it again and reports the failure there
            }
        }, "polyfn-json-init");
        builder.setDaemon(true);
        builder.start();
    }

    public static ObjectMapper create(PolyfnProperties properties) {
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(properties.maxNestingDepth())
                .maxStringLength(properties.maxStringLength())
                .maxNumberLength(properties.maxNumberLength())
                .maxDocumentLength(properties.maxBodyBytes())
                .build())
            .build();
        return JsonMapper.builder(factory)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(BoundedDecimals.module(properties.maxNumberLength()))
            // a JSON number or boolean where a string belongs is a wrong type, not a string
            .withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    }
}
