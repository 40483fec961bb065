package dev.polyfn.core.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.polyfn.core.PolyfnProperties;
import org.springframework.core.ResolvableType;
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
     * The mapper, built on first use: a function of text or bytes never needs it (its classes are mostly those of
     * Spring Cloud Function's own mapper, which {@link #preloadInBackground} loads, but building it still costs
     * tens of milliseconds of a cold start).
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
     * Starts loading Jackson on a daemon thread, to overlap the rest of a runtime's start (the two largest startup
     * costs): it initialises Spring Cloud Function's {@code JsonMapper}, whose static initializer builds a default
     * Jackson mapper that every function catalog needs (~100 ms and ~450 classes on Lambda's JVM flags). A failure
     * there is thrown again to the catalog when it initialises the class itself.
     */
    public static void preloadInBackground() {
        inBackground(() -> {
            try {
                Class.forName(LazyJsonMapper.class.getName(), true, JsonMappers.class.getClassLoader());
            }
            catch (ClassNotFoundException e) {
                // reported by the catalog's own use of the class
            }
        });
    }

    /**
     * Builds the lazy mapper on a daemon thread, while the Spring context starts. Whoever needs the mapper first
     * waits for that one build; a failure is thrown to that caller, as without warming.
     */
    public static void warmInBackground(Supplier<ObjectMapper> mapper) {
        inBackground(mapper::get);
    }

    private static void inBackground(Runnable work) {
        Thread builder = new Thread(() -> {
            try {
                work.run();
            }
            catch (RuntimeException | Error e) {
                // the first real use builds it again and reports the failure there
            }
        }, "polyfn-json-init");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * Whether a function bean of {@code type} may need the mapper: false only for a {@code Function},
     * {@code Supplier} or {@code Consumer} of {@code String} and {@code byte[]}, which core reads and writes as they
     * are; true for anything else, and whenever the type is not known.
     * Example: {@code Function<String, String>} -> false; {@code Function<Order, Receipt>}, raw {@code Function} -> true.
     */
    public static boolean mayBeNeededBy(ResolvableType type) {
        ResolvableType function = type.as(Function.class);
        if (function != ResolvableType.NONE) {
            return !isTextOrBytes(function.getGeneric(0)) || !isTextOrBytes(function.getGeneric(1));
        }
        ResolvableType supplier = type.as(Supplier.class);
        if (supplier != ResolvableType.NONE) {
            return !isTextOrBytes(supplier.getGeneric(0));
        }
        ResolvableType consumer = type.as(Consumer.class);
        return consumer == ResolvableType.NONE || !isTextOrBytes(consumer.getGeneric(0));
    }

    private static boolean isTextOrBytes(ResolvableType type) {
        Class<?> resolved = type.resolve();
        return resolved == String.class || resolved == byte[].class;
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
