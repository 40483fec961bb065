package dev.polyfn.core.rules;

import java.util.List;
import java.util.Locale;

import dev.polyfn.core.declaration.FunctionDeclaration;
import org.springframework.core.env.PropertyResolver;

/**
 * Which HTTP methods a function accepts, on every target: those declared with
 * {@code polyfn.functions.<bean>.http.methods}, else {@code POST}. Any other method answers
 * {@code 405 application/problem+json} with an {@code Allow} header, before anything else about the request is
 * looked at (ALB, Function URLs and Cloud Functions forward every method; the generated API Gateway route and Azure
 * function.json let every method through, so the answer is this rule's there too).
 *
 * <p>Example: with {@code polyfn.functions.createOrder.http.methods=POST,PUT}, {@code PUT} is served and
 * {@code GET} answers 405 with {@code Allow: POST, PUT}; with nothing declared only {@code POST} is served.
 */
public final class HttpMethodRule {

    /** The method of a function that declares none. */
    public static final String DEFAULT_METHOD = "POST";

    private final List<String> allowed;

    private HttpMethodRule(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The rule of {@code bean} as declared in {@code declarations}; {@code POST} alone when it declares no methods. */
    public static HttpMethodRule of(String bean, PropertyResolver declarations) {
        FunctionDeclaration declaration = declarations == null || bean == null ? null
                : FunctionDeclaration.of(bean, declarations);
        return declaration == null || declaration.http() == null ? postOnly()
                : new HttpMethodRule(declaration.http().methodsOrDefault());
    }

    public static HttpMethodRule postOnly() {
        return new HttpMethodRule(List.of(DEFAULT_METHOD));
    }

    /** The accepted methods in upper case, e.g. {@code [POST, PUT]}. */
    public List<String> allowed() {
        return allowed;
    }

    /** True when {@code method} (any case) is accepted; a missing method is read as {@code POST}. */
    public boolean allows(String method) {
        String name = method == null || method.isBlank() ? DEFAULT_METHOD : method.trim().toUpperCase(Locale.ROOT);
        return allowed.contains(name);
    }

    /** The value of the {@code Allow} header of a 405 answer, e.g. {@code POST, PUT}. */
    public String allowHeader() {
        return String.join(", ", allowed);
    }

    /** The detail of a 405 answer; the method as sent is shown only when it is a plain token. */
    public String detail(String method) {
        String shown = method != null && method.matches("[A-Za-z]{1,20}") ? method : "this method";
        return "This function does not accept " + shown + ": use " + String.join(" or ", allowed) + ".";
    }
}
