package dev.polyfn.core.declaration;

import java.util.List;
import java.util.Locale;

/**
 * The function answers HTTP requests: API Gateway (REST and HTTP API) on AWS, an HTTP trigger on Azure, an HTTP
 * function on Google Cloud (which routes by function, so the path does not apply there).
 *
 * @param path    the request path, e.g. /createOrder (default: a slash and the bean name)
 * @param methods the HTTP methods it answers, e.g. POST,PUT (default POST)
 */
public record HttpDeclaration(String path, List<String> methods) implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.HTTP;
    }

    /** The path, {@code /<bean>} when not declared; always with a leading slash. */
    public String pathOr(String bean) {
        String value = path == null ? bean : path;
        return value.startsWith("/") ? value : "/" + value;
    }

    /** The methods in upper case, {@code [POST]} when not declared. */
    public List<String> methodsOrDefault() {
        return methods == null || methods.isEmpty() ? List.of("POST")
                : methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList();
    }

    static HttpDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.HTTP.settings())
                ? new HttpDeclaration(settings.text("path"), settings.list("methods")) : null;
    }
}
