package dev.polyfn.core.internal;

import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.polyfn.core.PortableRequest;
import org.springframework.core.ResolvableType;
import org.springframework.util.MimeType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a portable request into the function's input object, or rejects it with 400/413/415 before the function
 * runs. One rule for every cloud:
 * <ul>
 * <li>a function taking {@link PortableRequest} gets the request itself;</li>
 * <li>a function taking the request's portable event type (e.g. {@code StorageObjectEvent}) gets the event;</li>
 * <li>{@code String} gets the body as text (strict UTF-8 unless a charset is declared), {@code byte[]} the bytes;
 *     an untyped ({@code Object}) input gets text for {@code text/*} bodies;</li>
 * <li>any other type is read from a JSON body ({@code application/json}, {@code +json}, or no content type),
 *     then validated with Jakarta Bean Validation. Other content types answer 415.</li>
 * </ul>
 * A function taking a {@code Flux} gets the elements of a JSON array body, each read and validated, or the single
 * value otherwise; {@code Mono} and {@code Message} inputs get the value read as above, then wrapped.
 */
public final class InputReader {

    private final Supplier<ObjectMapper> json;
    private final BeanValidation validation;
    private final long maxBodyBytes;

    public InputReader(Supplier<ObjectMapper> json, BeanValidation validation, long maxBodyBytes) {
        this.json = json;
        this.validation = validation;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The input values of a function of this shape: none for a supplier, one, or a {@code Flux}'s elements. */
    public List<Object> readValues(FunctionShape shape, PortableRequest request) {
        if (shape.input() == FunctionShape.Wrapper.NONE) {
            return List.of();
        }
        Class<?> element = ResolvableType.forType(shape.inputType()).toClass();
        if (shape.input() == FunctionShape.Wrapper.FLUX && request.event() == null && element != byte[].class
                && element != PortableRequest.class && isJsonArray(request)) {
            return readArray(shape.inputType(), request);
        }
        return List.of(read(shape.inputType(), request));
    }

    public Object read(Type inputType, PortableRequest request) {
        Class<?> raw = ResolvableType.forType(inputType).toClass();
        Object event = request.event();
        if (raw == PortableRequest.class) {
            return request;
        }
        if (event != null && raw.isInstance(event) && raw != Object.class) {
            return event;
        }
        if (request.body().length > maxBodyBytes) {
            throw BodyReader.tooLarge(maxBodyBytes);
        }
        if (event != null && !EventPayloads.inBody(event) && request.body().length == 0) {
            // a storage or schedule event offered to a function of another type: bind its fields, then validate
            ObjectMapper mapper = json.get();
            Object bound = bind(() -> mapper.convertValue(event, mapper.constructType(inputType)));
            validation.validate(bound);
            return bound;
        }
        if (raw == byte[].class) {
            return request.body();
        }
        MimeType mediaType = MediaTypes.parse(request.contentType());
        if (raw == String.class || (raw == Object.class && isText(mediaType))) {
            return decode(request.body(), MediaTypes.charset(mediaType));
        }
        if (!MediaTypes.isJson(mediaType)) {
            throw new InvalidInputException(415, "Content-Type '" + MediaTypes.printable(request.contentType())
                    + "' is not supported: send application/json.");
        }
        if (request.body().length == 0) {
            throw EventPayloads.empty(event);
        }
        ObjectMapper mapper = json.get();
        JavaType target = mapper.constructType(inputType);
        Charset charset = MediaTypes.charset(mediaType);
        Object input = bind(() -> charset.equals(StandardCharsets.UTF_8)
                ? mapper.readValue(request.body(), target)
                : mapper.readValue(decode(request.body(), charset), target));
        if (input == null) {
            throw new InvalidInputException(400, "Request body is required: JSON null was sent.");
        }
        validation.validate(input);
        return input;
    }

    private static boolean isJsonArray(PortableRequest request) {
        if (!MediaTypes.isJson(MediaTypes.parse(request.contentType()))) {
            return false;
        }
        for (byte b : request.body()) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '[';
            }
        }
        return false;
    }

    private List<Object> readArray(Type elementType, PortableRequest request) {
        if (request.body().length > maxBodyBytes) {
            throw BodyReader.tooLarge(maxBodyBytes);
        }
        ObjectMapper mapper = json.get();
        JavaType list = mapper.getTypeFactory().constructCollectionType(List.class, mapper.constructType(elementType));
        Charset charset = MediaTypes.charset(MediaTypes.parse(request.contentType()));
        List<?> values = (List<?>) bind(() -> charset.equals(StandardCharsets.UTF_8)
                ? mapper.readValue(request.body(), list)
                : mapper.readValue(decode(request.body(), charset), list));
        List<Object> elements = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value == null) {
                throw new InvalidInputException(400, "Request body holds a JSON null element.");
            }
            validation.validate(value);
            elements.add(value);
        }
        return elements;
    }

    private static boolean isText(MimeType type) {
        return type != null && "text".equals(type.getType());
    }

    private static Object bind(java.util.function.Supplier<Object> reader) {
        try {
            return reader.get();
        }
        catch (JacksonException e) {
            throw JsonErrors.toProblem(e);
        }
        catch (IllegalArgumentException e) {
            // convertValue wraps binding failures
            if (e.getCause() instanceof JacksonException je) {
                throw JsonErrors.toProblem(je);
            }
            throw e;
        }
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
        }
        catch (CharacterCodingException e) {
            throw new InvalidInputException(400, "Request body is not valid " + charset.name() + " text.");
        }
    }
}
